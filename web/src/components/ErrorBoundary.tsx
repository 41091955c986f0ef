import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Button, Result } from 'antd';
import { withTranslation, type WithTranslation } from 'react-i18next';

interface State {
  failed: boolean;
}

/** Shows a readable page instead of a blank screen when rendering throws. */
class Boundary extends Component<WithTranslation & { children: ReactNode; resetKey?: string }, State> {
  state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    // Kept in the console for bug reports.
    console.error(error, info.componentStack);
  }

  componentDidUpdate(prev: { resetKey?: string }) {
    if (this.state.failed && prev.resetKey !== this.props.resetKey) this.setState({ failed: false });
  }

  render() {
    const { t } = this.props;
    if (!this.state.failed) return this.props.children;
    return (
      <Result
        status="error"
        title={t('errors.crashTitle')}
        subTitle={t('errors.crashBody')}
        extra={
          <Button type="primary" onClick={() => window.location.reload()}>
            {t('common.reload')}
          </Button>
        }
      />
    );
  }
}

export const ErrorBoundary = withTranslation()(Boundary);
