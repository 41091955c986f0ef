/** Test data of 工会福利, as the server answers. */

export function item(over: Record<string, unknown> = {}) {
  return {
    __typename: 'WelfareItem',
    id: 'i1',
    name: '坚果礼盒',
    description: '八种坚果，约 1.5 kg',
    priceFen: 19800,
    subsidyFen: 10000,
    memberPriceFen: 9800,
    cashLike: false,
    perMemberLimit: 2,
    orderedQuantity: 15,
    myQuantity: 0,
    ...over,
  };
}

export function order(over: Record<string, unknown> = {}) {
  return {
    __typename: 'WelfareOrder',
    id: 'wo1',
    campaignId: 'wc1',
    campaignTitle: '春节慰问品拼团',
    itemId: 'i1',
    itemName: '坚果礼盒',
    memberId: 'm-li',
    memberName: '李强',
    quantity: 1,
    priceFen: 19800,
    subsidyFen: 10000,
    memberPayFen: 9800,
    category: 'HOLIDAY',
    year: 2026,
    status: 'PENDING',
    refundFen: null,
    cancelReason: null,
    createdAt: '2026-01-10T02:00:00Z',
    cancelledAt: null,
    ...over,
  };
}

/** An open group-buy of the union, its deadline far ahead (so 参团 is offered). */
export function campaign(over: Record<string, unknown> = {}) {
  return {
    __typename: 'WelfareCampaign',
    id: 'wc1',
    organizationId: 'u1',
    organizationName: '集团工会',
    kind: 'GROUP_BUY',
    category: 'HOLIDAY',
    title: '春节慰问品拼团',
    description: '春节前统一配送到各部门。',
    thresholdKind: 'PARTICIPANTS',
    threshold: 30,
    deadline: '2099-01-20T10:00:00Z',
    status: 'OPEN',
    participantCount: 12,
    amountFen: 237600,
    progressPercent: 40,
    viewerCanManage: false,
    settledAt: null,
    cancelReason: null,
    createdAt: '2026-01-05T02:00:00Z',
    items: [item(), item({ id: 'i2', name: '有机大米 10kg', description: '', priceFen: 12900, subsidyFen: 6000, memberPriceFen: 6900, perMemberLimit: 1, orderedQuantity: 8 })],
    myOrders: [],
    ...over,
  };
}

/** A crowdfund towards an amount. */
export function crowdfund(over: Record<string, unknown> = {}) {
  return campaign({
    id: 'wc2',
    kind: 'CROWDFUND',
    category: 'OTHER',
    title: '职工书屋众筹',
    thresholdKind: 'AMOUNT',
    threshold: 500000,
    amountFen: 123450,
    participantCount: 9,
    progressPercent: 25,
    ...over,
  });
}

/** A connection of `nodes` as the server answers it. */
export function connection(typename: string, nodes: unknown[], hasNextPage = false) {
  return {
    __typename: `${typename}Connection`,
    edges: nodes.map((node, i) => ({ __typename: `${typename}Edge`, cursor: `c${i}`, node })),
    pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor: hasNextPage ? `c${nodes.length - 1}` : null },
  };
}

export function distribution(over: Record<string, unknown> = {}) {
  return {
    __typename: 'WelfareDistribution',
    id: 'wd1',
    organizationId: 'u1',
    organizationName: '集团工会',
    memberId: 'm-li',
    memberName: '李强',
    category: 'BIRTHDAY',
    itemName: '生日蛋糕券',
    valueFen: 20000,
    cashLike: false,
    distributedOn: '2026-03-12',
    year: 2026,
    note: '',
    createdAt: '2026-03-12T02:00:00Z',
    ...over,
  };
}

/** 李强's usage of 2026: 节日慰问 1,900 of 2,000 yuan used, 生日慰问 200 of 300, 其他 without a cap. */
export function usage(over: Record<string, unknown> = {}) {
  return {
    __typename: 'WelfareUsage',
    year: 2026,
    cashAllowed: false,
    categories: [
      { __typename: 'WelfareCategoryUsage', category: 'HOLIDAY', label: '节日慰问', usedFen: 190000, capFen: 200000, remainingFen: 10000 },
      { __typename: 'WelfareCategoryUsage', category: 'BIRTHDAY', label: '生日慰问', usedFen: 20000, capFen: 30000, remainingFen: 10000 },
      { __typename: 'WelfareCategoryUsage', category: 'OTHER', label: '其他', usedFen: 5000, capFen: null, remainingFen: null },
    ],
    orders: [order()],
    distributions: [distribution()],
    ...over,
  };
}
