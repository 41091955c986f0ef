import { Link } from 'react-router';
import { Card, Typography } from 'antd';
import type { WelfareCampaignListFieldsFragment } from '../../gql/graphql';
import { CampaignProgress } from './CampaignProgress';
import { CampaignTags } from './WelfareTags';
import { Deadline } from './Deadline';

/** One campaign in 福利活动: its kind, category and status, the union, progress and deadline. */
export function CampaignCard({ campaign: c }: { campaign: WelfareCampaignListFieldsFragment }) {
  return (
    <Card size="small" className="tx-welfare-card" data-testid="welfare-campaign">
      <Link to={`/welfare/${c.id}`} className="tx-welfare-card-title">
        {c.title}
      </Link>
      <CampaignTags kind={c.kind} category={c.category} status={c.status} />
      <Typography.Text type="secondary" className="tx-welfare-line">
        {c.organizationName}
      </Typography.Text>
      <CampaignProgress campaign={c} />
      <Typography.Text type="secondary" className="tx-welfare-line">
        <Deadline deadline={c.deadline} open={c.status === 'OPEN'} />
      </Typography.Text>
    </Card>
  );
}
