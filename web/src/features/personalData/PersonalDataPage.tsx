import { PersonalDataCard } from './PersonalDataCard';

/** 个人信息下载 (from the user menu). */
export default function PersonalDataPage() {
  return (
    <div style={{ maxWidth: 720 }}>
      <PersonalDataCard />
    </div>
  );
}
