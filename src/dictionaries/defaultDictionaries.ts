import type { Payload, PayloadRequest } from 'payload'
import type { Id } from '../access/types'

type Option = [value: string, zh: string, en: string]
type Dictionary = { key: string; nameZh: string; nameEn: string; options: Option[] }

/** The picklists every new tenant starts with; admins edit them freely. */
export const DEFAULT_DICTIONARIES: Dictionary[] = [
  {
    key: 'industry',
    nameZh: '行业',
    nameEn: 'Industry',
    options: [
      ['manufacturing', '制造业', 'Manufacturing'],
      ['retail', '零售', 'Retail'],
      ['food', '食品饮料', 'Food and beverage'],
      ['it', '信息技术', 'Information technology'],
      ['finance', '金融', 'Finance'],
      ['healthcare', '医疗健康', 'Healthcare'],
      ['education', '教育', 'Education'],
      ['logistics', '物流', 'Logistics'],
      ['other', '其他', 'Other'],
    ],
  },
  {
    key: 'source',
    nameZh: '来源',
    nameEn: 'Source',
    options: [
      ['web', '官网', 'Website'],
      ['referral', '客户推荐', 'Referral'],
      ['exhibition', '展会', 'Exhibition'],
      ['advertising', '广告', 'Advertising'],
      ['cold-call', '电话营销', 'Cold call'],
      ['partner', '合作伙伴', 'Partner'],
      ['other', '其他', 'Other'],
    ],
  },
  {
    key: 'grade',
    nameZh: '客户等级',
    nameEn: 'Grade',
    options: [
      ['a', 'A 重点客户', 'A (key account)'],
      ['b', 'B 普通客户', 'B (regular)'],
      ['c', 'C 小客户', 'C (small)'],
    ],
  },
  {
    key: 'unit',
    nameZh: '计量单位',
    nameEn: 'Unit',
    options: [
      ['pcs', '个', 'piece'],
      ['box', '箱', 'box'],
      ['bottle', '瓶', 'bottle'],
      ['set', '套', 'set'],
      ['hour', '小时', 'hour'],
    ],
  },
  {
    key: 'service-category',
    nameZh: '服务类别',
    nameEn: 'Service category',
    options: [
      ['hardware', '硬件', 'Hardware'],
      ['software', '软件', 'Software'],
      ['installation', '安装', 'Installation'],
      ['billing', '账务', 'Billing'],
    ],
  },
]

export async function ensureDefaultDictionaries(payload: Payload, tenantId: Id, req?: PayloadRequest) {
  const { docs } = await payload.find({
    collection: 'dictionaries',
    where: { tenant: { equals: tenantId } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
    select: { key: true },
  })
  const existing = new Set(docs.map((d) => (d as { key?: string }).key))
  for (const dictionary of DEFAULT_DICTIONARIES) {
    if (existing.has(dictionary.key)) continue
    await payload.create({
      collection: 'dictionaries',
      data: {
        tenant: tenantId,
        key: dictionary.key,
        nameZh: dictionary.nameZh,
        nameEn: dictionary.nameEn,
        options: dictionary.options.map(([value, labelZh, labelEn]) => ({ value, labelZh, labelEn, active: true })),
      },
      overrideAccess: true,
      req,
    })
  }
}
