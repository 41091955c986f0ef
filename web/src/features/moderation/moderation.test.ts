import { describe, expect, it } from 'vitest';
import { actionsFor } from './ModerationPage';

describe('moderation actions', () => {
  it('offers dismiss and hide for a pending item, never restore', () => {
    expect(actionsFor({ status: 'PENDING', hidden: false })).toEqual(['DISMISS', 'HIDE', 'WARN_AUTHOR']);
  });

  it('offers dismiss and restore for hidden content, never hide again', () => {
    expect(actionsFor({ status: 'HIDDEN', hidden: true })).toEqual(['DISMISS', 'WARN_AUTHOR', 'RESTORE']);
  });

  it('offers hide again after a dismissal or a restore', () => {
    expect(actionsFor({ status: 'DISMISSED', hidden: false })).toEqual(['HIDE', 'WARN_AUTHOR']);
    expect(actionsFor({ status: 'RESTORED', hidden: false })).toEqual(['HIDE', 'WARN_AUTHOR']);
  });
});
