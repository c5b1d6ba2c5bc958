/** The demo company: a small sales organisation with customers in Chinese, as a new user first sees it. */
export const DEMO_TENANT = {
  name: '示例科技有限公司',
  slug: 'demo',
  kind: 'company' as const,
  legalName: '上海示例科技有限公司',
  address: '上海市浦东新区张江路 88 号',
  phone: '021-5080 1234',
  bankName: '招商银行上海张江支行',
  bankAccount: '1219 0888 6610 001',
  taxNumber: '91310115MA1K4XXXXX',
  baseCurrency: 'CNY' as const,
  timeZone: 'Asia/Shanghai',
  language: 'zh' as const,
}

export const DEMO_DEPARTMENTS = [
  { code: 'SALES', name: '销售部', parent: null },
  { code: 'SALES-E', name: '华东销售组', parent: 'SALES' },
  { code: 'SALES-N', name: '华北销售组', parent: 'SALES' },
  { code: 'SERVICE', name: '客服部', parent: null },
]

export const DEMO_USERS = [
  { email: 'manager@demo.formwork.local', name: '王经理', role: 'manager', department: 'SALES' },
  { email: 'sales.east@demo.formwork.local', name: '李华东', role: 'sales', department: 'SALES-E' },
  { email: 'sales.north@demo.formwork.local', name: '赵华北', role: 'sales', department: 'SALES-N' },
  { email: 'service@demo.formwork.local', name: '陈客服', role: 'service-agent', department: 'SERVICE' },
]

const CITIES = ['上海', '北京', '杭州', '南京', '苏州', '天津', '青岛', '宁波']
const TRADES = ['贸易', '科技', '食品', '机械', '物流', '医药', '饮料', '电子']
const SURNAMES = ['张', '王', '李', '赵', '刘', '陈', '杨', '黄', '周', '吴']
const GIVEN = ['伟', '芳', '敏', '静', '磊', '洋', '婷', '强', '军', '丽']

/** Deterministic customers, so screenshots and tests see the same demo every time. */
export function demoAccounts(count: number) {
  return Array.from({ length: count }, (_, i) => {
    const city = CITIES[i % CITIES.length]
    const trade = TRADES[Math.floor(i / CITIES.length) % TRADES.length]
    const contact = `${SURNAMES[i % SURNAMES.length]}${GIVEN[(i * 3) % GIVEN.length]}`
    return {
      name: `${city}${trade}有限公司${i >= 64 ? ` ${i + 1}` : ''}`,
      code: `C${String(i + 1).padStart(5, '0')}`,
      phone: `021-6${String(1000000 + i * 7919).slice(-7)}`,
      email: `info${i + 1}@example.cn`,
      contact: { name: contact, mobile: `138${String(10000000 + i * 104729).slice(-8)}`, email: `contact${i + 1}@example.cn` },
      // East-region reps own the first half, north the rest, so data scopes show something.
      ownerIndex: i % 2 === 0 ? 1 : 2,
    }
  })
}
