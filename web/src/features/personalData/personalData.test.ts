import { describe, expect, it } from 'vitest';
import { formatSize, isActive, personalDataNotificationPath, reasonProblem } from './personalData';

describe('personal data helpers', () => {
  it('checks a reason as the server does', () => {
    expect(reasonProblem('  ')).toBe('required');
    expect(reasonProblem('本')).toBe('short');
    expect(reasonProblem('本人')).toBeNull();
    expect(reasonProblem('长'.repeat(200))).toBeNull();
    expect(reasonProblem('长'.repeat(201))).toBe('long');
    expect(reasonProblem('本人\u0000申请')).toBe('control');
  });

  it('names sizes, active states and where the notification leads', () => {
    expect(formatSize(512)).toBe('512 B');
    expect(formatSize(2048)).toBe('2.0 KB');
    expect(formatSize(3 * 1024 * 1024)).toBe('3.0 MB');
    expect(isActive('QUEUED') && isActive('RUNNING')).toBe(true);
    expect(isActive('READY')).toBe(false);
    expect(personalDataNotificationPath({ kind: 'PERSONAL_DATA' })).toBe('/settings/personal-data');
    expect(personalDataNotificationPath({ kind: 'WELFARE' })).toBeNull();
  });
});
