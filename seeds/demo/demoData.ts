/**
 * The demo companies: one in Chinese, one in English, each a small sales organisation with
 * customers, leads, opportunities across stages, quotes with lines, and service requests.
 * Deterministic, so screenshots and tests see the same demo every time.
 */
export type DemoLanguage = 'zh' | 'en'

type Words = {
  tenant: {
    name: string
    slug: string
    legalName: string
    address: string
    phone: string
    bankName: string
    bankAccount: string
    taxNumber: string
    timeZone: string
    currency: 'CNY' | 'USD'
  }
  departments: { code: string; name: string; parent: string | null }[]
  users: { email: string; name: string; role: string; department: string }[]
  cities: string[]
  trades: string[]
  companySuffix: string
  surnames: string[]
  given: string[]
  products: [code: string, name: string, price: string, cost: string][]
  opportunity: string
  quote: string
  issues: string[]
  noteTitle: string
  /** Follow-up tasks due today, so the workspace home has a day to show. */
  tasks: string[]
}

export const DEMO: Record<DemoLanguage, Words> = {
  zh: {
    tenant: {
      name: '示例科技有限公司',
      slug: 'demo',
      legalName: '上海示例科技有限公司',
      address: '上海市浦东新区张江路 88 号',
      phone: '021-5080 1234',
      bankName: '招商银行上海张江支行',
      bankAccount: '1219 0888 6610 001',
      taxNumber: '91310115MA1K4Q8T2N',
      timeZone: 'Asia/Shanghai',
      currency: 'CNY',
    },
    departments: [
      { code: 'SALES', name: '销售部', parent: null },
      { code: 'SALES-E', name: '华东销售组', parent: 'SALES' },
      { code: 'SALES-N', name: '华北销售组', parent: 'SALES' },
      { code: 'SERVICE', name: '客服部', parent: null },
      { code: 'FIN', name: '财务部', parent: null },
      { code: 'LEGAL', name: '法务部', parent: null },
    ],
    users: [
      { email: 'manager@demo.formwork.local', name: '王经理', role: 'manager', department: 'SALES' },
      { email: 'sales.east@demo.formwork.local', name: '李华东', role: 'sales', department: 'SALES-E' },
      { email: 'sales.north@demo.formwork.local', name: '赵华北', role: 'sales', department: 'SALES-N' },
      { email: 'service@demo.formwork.local', name: '陈客服', role: 'service-agent', department: 'SERVICE' },
      // Approvers of the contract approval (合同审批): finance and legal countersign, the director above 100,000.
      { email: 'finance@demo.formwork.local', name: '孙财务', role: 'finance', department: 'FIN' },
      { email: 'legal@demo.formwork.local', name: '周法务', role: 'legal', department: 'LEGAL' },
      { email: 'director@demo.formwork.local', name: '钱总监', role: 'sales-director', department: 'SALES' },
    ],
    cities: ['上海', '北京', '杭州', '南京', '苏州', '天津', '青岛', '宁波', '无锡', '合肥'],
    trades: ['贸易', '科技', '食品', '机械', '物流', '医药', '饮料', '电子', '包装', '文具'],
    companySuffix: '有限公司',
    surnames: ['张', '王', '李', '赵', '刘', '陈', '杨', '黄', '周', '吴'],
    given: ['伟', '芳', '敏', '静', '磊', '洋', '婷', '强', '军', '丽'],
    products: [
      ['BEV-001', '矿泉水 550ml（箱）', '36.00', '22.00'],
      ['BEV-002', '绿茶饮料 500ml（箱）', '48.00', '30.50'],
      ['BEV-003', '橙汁 1L（箱）', '96.00', '61.00'],
      ['BEV-004', '苏打水 330ml（箱）', '54.00', '33.80'],
      ['SRV-001', '上门安装服务', '200.00', '120.00'],
    ],
    opportunity: '年度采购',
    quote: '报价',
    issues: ['设备无法开机', '发票抬头有误', '送货延迟', '产品包装破损', '咨询批发价格'],
    noteTitle: '拜访纪要',
    tasks: ['回访重点客户', '准备季度报价', '确认发货时间'],
  },
  en: {
    tenant: {
      name: 'Demo Trading Ltd',
      slug: 'demo-en',
      legalName: 'Demo Trading Limited',
      address: '12 Harbour Road, Wan Chai, Hong Kong',
      phone: '+852 2123 4567',
      bankName: 'HSBC Hong Kong',
      bankAccount: '400-123456-001',
      taxNumber: 'HK-12345678',
      timeZone: 'Asia/Hong_Kong',
      currency: 'USD',
    },
    departments: [
      { code: 'SALES', name: 'Sales', parent: null },
      { code: 'SALES-A', name: 'Key accounts', parent: 'SALES' },
      { code: 'SALES-B', name: 'New business', parent: 'SALES' },
      { code: 'SERVICE', name: 'Customer service', parent: null },
      { code: 'FIN', name: 'Finance', parent: null },
      { code: 'LEGAL', name: 'Legal', parent: null },
    ],
    users: [
      { email: 'manager@demo-en.formwork.local', name: 'Grace Manager', role: 'manager', department: 'SALES' },
      { email: 'sales.a@demo-en.formwork.local', name: 'Alex Keyes', role: 'sales', department: 'SALES-A' },
      { email: 'sales.b@demo-en.formwork.local', name: 'Sam Newman', role: 'sales', department: 'SALES-B' },
      { email: 'service@demo-en.formwork.local', name: 'Chris Care', role: 'service-agent', department: 'SERVICE' },
      { email: 'finance@demo-en.formwork.local', name: 'Fay Finance', role: 'finance', department: 'FIN' },
      { email: 'legal@demo-en.formwork.local', name: 'Lee Legal', role: 'legal', department: 'LEGAL' },
      { email: 'director@demo-en.formwork.local', name: 'Dana Director', role: 'sales-director', department: 'SALES' },
    ],
    cities: ['Hong Kong', 'Singapore', 'Sydney', 'London', 'Toronto', 'Dublin', 'Auckland', 'Seattle', 'Boston', 'Leeds'],
    trades: ['Trading', 'Tech', 'Foods', 'Machinery', 'Logistics', 'Pharma', 'Beverages', 'Electronics', 'Packaging', 'Office'],
    companySuffix: 'Ltd',
    surnames: ['Smith', 'Jones', 'Taylor', 'Brown', 'Wilson', 'Evans', 'Thomas', 'Roberts', 'Walker', 'Wright'],
    given: ['Olivia', 'Noah', 'Amelia', 'Leo', 'Isla', 'Jack', 'Ava', 'Oscar', 'Mia', 'Harry'],
    products: [
      ['BEV-001', 'Still water 550ml (case)', '9.90', '5.60'],
      ['BEV-002', 'Green tea 500ml (case)', '12.50', '7.80'],
      ['BEV-003', 'Orange juice 1L (case)', '24.00', '15.20'],
      ['BEV-004', 'Soda water 330ml (case)', '13.40', '8.10'],
      ['SRV-001', 'On-site installation', '60.00', '35.00'],
    ],
    opportunity: 'annual supply',
    quote: 'Quote',
    issues: ['Device does not power on', 'Wrong invoice title', 'Late delivery', 'Damaged packaging', 'Wholesale price inquiry'],
    noteTitle: 'Visit notes',
    tasks: ['Call back key account', 'Prepare quarterly quote', 'Confirm delivery date'],
  },
}

export const OPPORTUNITY_STAGES = [
  ['qualification', 10],
  ['needs-analysis', 25],
  ['proposal', 50],
  ['negotiation', 75],
  ['won', 100],
  ['lost', 0],
] as const
