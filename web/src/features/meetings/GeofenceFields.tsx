import { useState } from 'react';
import { Alert, Button, Form, InputNumber, Switch } from 'antd';
import { AimOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { currentPosition, geoProblem, type GeoProblem } from './geolocation';
import { requiredSelect } from '../../lib/formRules';

/**
 * 定位签到: when on, members check in only within `radiusMeters` of the point — typed, or taken
 * from this device (使用我的位置, asked of the browser).
 */
export function GeofenceFields() {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const on = Form.useWatch('geofenceOn', form);
  const [locating, setLocating] = useState(false);
  const [problem, setProblem] = useState<GeoProblem | null>(null);

  const locate = async () => {
    setProblem(null);
    setLocating(true);
    try {
      const p = await currentPosition();
      form.setFieldsValue({ latitude: Math.round(p.latitude * 1e6) / 1e6, longitude: Math.round(p.longitude * 1e6) / 1e6 });
      void form.validateFields(['latitude', 'longitude']);
    } catch (e) {
      setProblem(geoProblem(e));
    } finally {
      setLocating(false);
    }
  };

  return (
    <>
      <Form.Item name="geofenceOn" label={t('meetings.fields.geofence')} valuePropName="checked" extra={t('meetings.schedule.geofenceHelp')}>
        <Switch />
      </Form.Item>
      {on && (
        <div className="tx-meeting-geofence" data-testid="meeting-geofence">
          <div className="tx-meeting-form-grid">
            <Form.Item name="latitude" label={t('meetings.fields.latitude')} rules={[requiredSelect(t, t('meetings.fields.latitude'))]}>
              <InputNumber min={-90} max={90} step={0.000001} precision={6} style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item name="longitude" label={t('meetings.fields.longitude')} rules={[requiredSelect(t, t('meetings.fields.longitude'))]}>
              <InputNumber min={-180} max={180} step={0.000001} precision={6} style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item name="radiusMeters" label={t('meetings.fields.radius')} rules={[requiredSelect(t, t('meetings.fields.radius'))]}>
              <InputNumber min={20} max={5000} step={50} precision={0} suffix={t('meetings.metres')} style={{ width: '100%' }} />
            </Form.Item>
          </div>
          <Button icon={<AimOutlined />} onClick={locate} loading={locating}>
            {t('meetings.schedule.useMyLocation')}
          </Button>
          {problem && <Alert type="warning" showIcon role="alert" style={{ marginTop: 8 }} title={t(`meetings.geo.${problem}`)} />}
        </div>
      )}
    </>
  );
}
