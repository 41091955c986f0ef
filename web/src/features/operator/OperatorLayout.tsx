import { Suspense } from 'react';
import { Navigate, Outlet, useLocation, useNavigate } from 'react-router';
import { App as AntApp, Button, Layout, Typography } from 'antd';
import { LogoutOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { OPERATOR_LOGIN_PATH, useOperatorSession } from './OperatorSession';
import { ErrorBoundary } from '../../components/ErrorBoundary';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { PageSpinner } from '../../components/PageSpinner';

/** The platform operator console's frame: apart from the tenant shell, no tenant navigation. */
export function OperatorLayout() {
  const { t } = useTranslation();
  const { token, logOut } = useOperatorSession();
  const navigate = useNavigate();
  const location = useLocation();
  const { message } = AntApp.useApp();

  if (!token) return <Navigate to={OPERATOR_LOGIN_PATH} replace />;

  const doLogOut = () => {
    logOut();
    message.success(t('operator.loggedOut'));
    navigate(OPERATOR_LOGIN_PATH, { replace: true });
  };

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header className="tx-header tx-operator-header">
        <div className="tx-brand">
          <img src="/favicon.svg" alt="" />
          <span>{t('app.name')}</span>
        </div>
        <Typography.Title level={1} className="tx-operator-title">
          {t('operator.title')}
        </Typography.Title>
        <div className="tx-header-spacer" />
        <LanguageSwitch />
        <Button icon={<LogoutOutlined />} onClick={doLogOut}>
          {t('operator.logout')}
        </Button>
      </Layout.Header>
      <Layout.Content id="main" className="tx-content" tabIndex={-1}>
        <ErrorBoundary resetKey={location.pathname}>
          <Suspense fallback={<PageSpinner />}>
            <Outlet />
          </Suspense>
        </ErrorBoundary>
      </Layout.Content>
    </Layout>
  );
}
