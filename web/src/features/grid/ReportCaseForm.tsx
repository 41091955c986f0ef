import { useEffect, useMemo, useState } from 'react';
import { Alert, App as AntApp, Button, Form, Input, Select, Space, Switch, Typography } from 'antd';
import { AimOutlined } from '@ant-design/icons';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../components/FormError';
import { maxLen, required, requiredSelect } from '../../lib/formRules';
import type { PendingFile } from '../../lib/upload';
import { useAllOrganizations } from '../../lib/useAllOrganizations';
import { useFormMutation } from '../../lib/useFormMutation';
import { currentPosition, geoProblem, type GeoProblem, type Position } from '../meetings/geolocation';
import { GridCaseCategoriesQuery, MyGridsQuery, ReportGridCaseMutation } from './operations';
import { PhotosField } from './PhotosField';

interface Values {
  gridId?: string;
  categoryKey?: string;
  title?: string;
  description?: string;
  address?: string;
  photos?: PendingFile[];
  hideReporter?: boolean;
}

const FIELDS = ['gridId', 'categoryKey', 'title', 'description', 'address', 'photos'] as const;
const FIELD_MAP = { 'input.gridId': 'gridId', 'input.categoryKey': 'categoryKey', 'input.title': 'title', 'input.description': 'description', 'input.location': 'address', 'input.photoFileIds': 'photos' };

/**
 * 上报事件 on a phone: the grid (the viewer's own first; anyone may report in any grid), the category,
 * a title and description, photos from the camera, and where — the phone's position when it gives
 * it, an address typed in always possible (and the only way when the position is refused).
 */
export function ReportCaseForm({ onReported }: { onReported: (number: string) => void }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<Values>();
  const [{ data: gridsData, fetching: gridsFetching }] = useQuery({ query: MyGridsQuery });
  const [{ data: catData, fetching: catFetching }] = useQuery({ query: GridCaseCategoriesQuery });
  const mine = useMemo(() => gridsData?.myGrids ?? [], [gridsData]);
  // Not assigned anywhere: every grid of the tenant.
  const all = useAllOrganizations('GRID', gridsFetching || mine.length > 0);
  const grids = mine.length > 0 ? mine : all.orgs;
  const [position, setPosition] = useState<Position | null>(null);
  const [locating, setLocating] = useState(false);
  const [geoError, setGeoError] = useState<GeoProblem | null>(null);
  const [uploading, setUploading] = useState(false);
  const m = useFormMutation(ReportGridCaseMutation, form, FIELDS, FIELD_MAP);

  // One grid of one's own: it is the one (after a report too, when the form is cleared).
  const only = mine.length === 1 ? mine[0].id : null;
  const chosen = Form.useWatch('gridId', form);
  useEffect(() => {
    if (only && !chosen) form.setFieldsValue({ gridId: only });
  }, [only, chosen, form]);

  const locate = async () => {
    setLocating(true);
    setGeoError(null);
    try {
      setPosition(await currentPosition());
    } catch (e) {
      setGeoError(geoProblem(e));
      setPosition(null);
    } finally {
      setLocating(false);
    }
  };

  const submit = async (v: Values) => {
    const address = v.address?.trim() || null;
    const location = position || address ? { latitude: position?.latitude ?? null, longitude: position?.longitude ?? null, address } : null;
    const res = await m.submit({
      input: {
        gridId: v.gridId!,
        categoryKey: v.categoryKey!,
        title: v.title!.trim(),
        description: v.description!.trim(),
        location,
        photoFileIds: (v.photos ?? []).map((p) => p.id),
        hideReporter: v.hideReporter ?? false,
      },
    });
    if (res.data) {
      const number = res.data.reportGridCase.case.number;
      message.success(t('grid.report.done', { number }));
      form.resetFields();
      setPosition(null);
      onReported(number);
    }
  };

  return (
    <Form<Values>
      form={form}
      name="grid-report"
      layout="vertical"
      requiredMark={false}
      onFinish={submit}
      initialValues={{ photos: [], hideReporter: false }}
    >
      <FormError error={m.error} extra={m.leftovers} />
      <Form.Item name="gridId" label={t('grid.fields.grid')} rules={[requiredSelect(t, t('grid.fields.grid'))]}>
        <Select
          aria-label={t('grid.fields.grid')}
          loading={gridsFetching || all.loading}
          options={grids.map((g) => ({ value: g.id, label: g.name }))}
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('grid.report.pickGrid')}
        />
      </Form.Item>
      <Form.Item name="categoryKey" label={t('grid.fields.category')} rules={[requiredSelect(t, t('grid.fields.category'))]}>
        <Select
          aria-label={t('grid.fields.category')}
          loading={catFetching}
          options={(catData?.gridCaseCategories ?? []).map((c) => ({ value: c.key, label: c.name }))}
        />
      </Form.Item>
      <Form.Item name="title" label={t('grid.fields.title')} rules={[required(t, t('grid.fields.title')), maxLen(t, 100)]}>
        <Input />
      </Form.Item>
      <Form.Item name="description" label={t('grid.fields.description')} rules={[required(t, t('grid.fields.description')), maxLen(t, 2000)]}>
        <Input.TextArea rows={4} />
      </Form.Item>
      <Form.Item name="photos" label={t('grid.fields.photos')}>
        <PhotosField onBusy={setUploading} />
      </Form.Item>
      <Form.Item label={t('grid.fields.location')}>
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Button icon={<AimOutlined />} loading={locating} onClick={locate}>
            {position ? t('grid.report.relocate') : t('grid.report.locate')}
          </Button>
          {position && (
            <Typography.Text data-testid="grid-position">
              {t('grid.report.position', { lat: position.latitude.toFixed(5), lng: position.longitude.toFixed(5), accuracy: Math.round(position.accuracy) })}
            </Typography.Text>
          )}
          {geoError && <Alert type="warning" showIcon message={t(`meetings.geo.${geoError}`)} description={t('grid.report.typeAddress')} />}
        </Space>
      </Form.Item>
      <Form.Item name="address" label={t('grid.fields.address')} rules={[maxLen(t, 200)]}>
        <Input placeholder={t('grid.report.addressPlaceholder')} />
      </Form.Item>
      <Form.Item name="hideReporter" label={t('grid.fields.hideReporter')} valuePropName="checked" extra={t('grid.fields.hideReporterHelp')}>
        <Switch aria-label={t('grid.fields.hideReporter')} />
      </Form.Item>
      <Button type="primary" htmlType="submit" block loading={m.fetching} disabled={uploading} data-testid="grid-report-submit">
        {t('grid.report.submit')}
      </Button>
    </Form>
  );
}
