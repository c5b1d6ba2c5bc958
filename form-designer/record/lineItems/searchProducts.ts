import type { Found } from '../../renderer/widgets/RecordPicker'

const get = async (path: string, params: URLSearchParams) => {
  const res = await fetch(`/api/${path}?${params}`, { credentials: 'include' })
  return res.ok ? ((await res.json()).docs ?? []) : []
}

/**
 * Products whose name or code contains the text, or whose category's name does (two queries: the
 * categories first, then products in them), as the user may read them.
 */
export async function searchProducts(text: string, language: 'en' | 'zh'): Promise<Found[]> {
  const params = new URLSearchParams({ limit: '10', depth: '1', sort: 'code' })
  for (const f of ['name', 'code', 'salePrice', 'category']) params.set(`select[${f}]`, 'true')
  const q = text.trim()
  if (q) {
    const categories = await get(
      'product-categories',
      new URLSearchParams({ limit: '20', depth: '0', 'select[name]': 'true', 'where[name][like]': q }),
    )
    params.set('where[or][0][name][like]', q)
    params.set('where[or][1][code][like]', q)
    if (categories.length > 0)
      params.set('where[or][2][category][in]', categories.map((c: { id: string | number }) => c.id).join(','))
  }
  const docs: Record<string, unknown>[] = await get('products', params)
  return docs.map((d) => {
    const category = d.category && typeof d.category === 'object' ? String((d.category as { name?: unknown }).name ?? '') : ''
    const price = d.salePrice ? `${language === 'zh' ? '售价' : 'list'} ${d.salePrice}` : ''
    return {
      id: d.id as string | number,
      title: String(d.name ?? d.id),
      detail: [d.code, category, price].filter(Boolean).join(' · '),
      record: d,
    }
  })
}
