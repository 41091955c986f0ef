import { describe, expect, it } from 'vitest';
import i18n from '../../i18n';
import { groupRules, lineColumn, paramBlocks, paramsProblemMessage, parseParams, prettyJson, ruleAreas } from './rules';

const t = i18n.getFixedT('zh-CN');

describe('paramBlocks', () => {
  it('puts flat values into one block of key: value pairs, in order', () => {
    expect(paramBlocks({ validMonths: 3, crossProvinceMonths: 6, cashAllowed: false, from: 'x', upTo: null })).toEqual([
      {
        kind: 'scalars',
        items: [
          { key: 'validMonths', value: 3 },
          { key: 'crossProvinceMonths', value: 6 },
          { key: 'cashAllowed', value: false },
          { key: 'from', value: 'x' },
          { key: 'upTo', value: null },
        ],
      },
    ]);
  });

  it('shows lists of values as lists and lists of flat objects (brackets) as tables after the flat values', () => {
    const blocks = paramBlocks({
      beforeDays: [7, 1],
      brackets: [
        { upTo: 3000, rate: 0.005 },
        { upTo: null, rate: 0.02, note: 'top' },
      ],
      atDue: true,
    });
    expect(blocks).toEqual([
      { kind: 'scalars', items: [{ key: 'atDue', value: true }] },
      { kind: 'list', key: 'beforeDays', items: [7, 1] },
      {
        kind: 'table',
        key: 'brackets',
        columns: ['upTo', 'rate', 'note'],
        rows: [
          { upTo: 3000, rate: 0.005 },
          { upTo: null, rate: 0.02, note: 'top' },
        ],
      },
    ]);
  });

  it('falls back to pretty JSON for nested, mixed or empty values', () => {
    const blocks = paramBlocks({ nested: { a: { b: 1 } }, mixed: [1, { a: 1 }], none: [] });
    expect(blocks.map((b) => b.kind)).toEqual(['json', 'json', 'json']);
    expect(blocks[0]).toEqual({ kind: 'json', key: 'nested', text: prettyJson({ a: { b: 1 } }) });
    expect(paramBlocks([1, 2])).toEqual([{ kind: 'json', key: null, text: '[\n  1,\n  2\n]' }]);
    expect(paramBlocks({})).toEqual([]);
  });
});

describe('parseParams', () => {
  const like = { validMonths: 3, crossProvinceMonths: 6 };

  it('accepts a JSON object and returns its value', () => {
    expect(parseParams('{ "validMonths": 2, "crossProvinceMonths": 6 }', like)).toEqual({
      ok: true,
      value: { validMonths: 2, crossProvinceMonths: 6 },
    });
  });

  it('refuses empty text and a non-object where the defaults are an object', () => {
    expect(parseParams('  \n', like)).toEqual({ ok: false, problem: { kind: 'empty' } });
    expect(parseParams('[1, 2]', like)).toEqual({ ok: false, problem: { kind: 'notObject' } });
    expect(parseParams('3', like)).toEqual({ ok: false, problem: { kind: 'notObject' } });
    // Without an object default, any JSON value goes (the server checks the shape).
    expect(parseParams('3')).toEqual({ ok: true, value: 3 });
  });

  it('says where the syntax breaks, and notices Chinese punctuation', () => {
    const missingComma = parseParams('{\n  "validMonths": 2\n  "crossProvinceMonths": 6\n}', like);
    expect(missingComma).toEqual({ ok: false, problem: { kind: 'syntax', line: 3, column: 3, fullWidth: false } });
    const chinese = parseParams('{“validMonths”： 2}', like);
    expect(chinese.ok).toBe(false);
    expect(!chinese.ok && chinese.problem).toMatchObject({ kind: 'syntax', fullWidth: true });
  });

  it('reads positions from messages worded by other engines', () => {
    expect(lineColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
    expect(lineColumn('ab', 99)).toEqual({ line: 1, column: 3 });
  });
});

describe('paramsProblemMessage', () => {
  it('turns problems into field messages', () => {
    expect(paramsProblemMessage(t, { kind: 'empty' })).toBe('请输入参数（JSON）');
    expect(paramsProblemMessage(t, { kind: 'notObject' })).toContain('JSON 对象');
    expect(paramsProblemMessage(t, { kind: 'syntax', line: 3, column: 3, fullWidth: false })).toBe(
      '参数不是有效的 JSON：第 3 行第 3 列附近有误，请检查括号、引号和逗号',
    );
    expect(paramsProblemMessage(t, { kind: 'syntax', fullWidth: true })).toBe(
      '参数不是有效的 JSON，请检查括号、引号和逗号（其中有中文引号或标点，请改用英文半角符号）',
    );
  });
});

describe('groupRules', () => {
  const rules = [
    { key: 'party.dues.employed', area: '党费', title: '在职党员党费比例' },
    { key: 'party.probation', area: '发展党员', title: '预备期与延长' },
    { key: 'party.dues.retired', area: '党费', title: '离退休党员党费比例' },
    { key: 'transfer.letter', area: '组织关系接转', title: '组织关系介绍信有效期（月）' },
  ];

  it('groups by area in the order areas first appear', () => {
    expect(ruleAreas(rules)).toEqual(['党费', '发展党员', '组织关系接转']);
    expect(groupRules(rules).map((g) => [g.area, g.rules.map((r) => r.key)])).toEqual([
      ['党费', ['party.dues.employed', 'party.dues.retired']],
      ['发展党员', ['party.probation']],
      ['组织关系接转', ['transfer.letter']],
    ]);
  });

  it('filters by title or key (case-insensitive) and by area', () => {
    expect(groupRules(rules, '介绍信').map((g) => g.area)).toEqual(['组织关系接转']);
    expect(groupRules(rules, ' DUES ').flatMap((g) => g.rules.map((r) => r.key))).toEqual([
      'party.dues.employed',
      'party.dues.retired',
    ]);
    expect(groupRules(rules, 'party', '发展党员').flatMap((g) => g.rules.map((r) => r.key))).toEqual(['party.probation']);
    expect(groupRules(rules, 'nothing')).toEqual([]);
  });
});
