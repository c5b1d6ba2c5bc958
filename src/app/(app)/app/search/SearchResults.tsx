import type { Labels } from '../../../../customFields/layout/types'
import type { SearchGroup } from '../../../../workspace/search/searchRecords'
import styles from './search.module.css'

type Props = {
  query: string
  language: 'en' | 'zh'
  groups: SearchGroup[]
  labels: Record<string, Labels>
  /** The one entity shown page by page, when the user asked for all of its hits. */
  single?: string
}

const texts = {
  en: {
    title: (q: string) => `Search: “${q}”`,
    empty: 'Type a name, number, phone or email in the search box above.',
    none: 'Nothing found. Try part of a name, a number or a whole phone number.',
    all: 'Show all',
    back: 'All results',
    previous: 'Previous',
    next: 'Next',
    page: (n: number, of: number) => `Page ${n} of ${of}`,
  },
  zh: {
    title: (q: string) => `搜索：“${q}”`,
    empty: '在上方搜索框输入名称、编号、电话或邮箱。',
    none: '没有找到。可以试试名称的一部分、编号或完整的电话号码。',
    all: '查看全部',
    back: '全部结果',
    previous: '上一页',
    next: '下一页',
    page: (n: number, of: number) => `第 ${n} / ${of} 页`,
  },
}

/** Hits grouped by entity, each linked to its record page; one entity's hits page by page. */
export function SearchResults({ query, language, groups, labels, single }: Props) {
  const t = texts[language]
  const href = (extra: Record<string, string>) => `/app/search?${new URLSearchParams({ q: query, ...extra })}`
  if (!query) return <p className={styles.hint}>{t.empty}</p>
  return (
    <div>
      <h1 className={styles.title}>{t.title(query)}</h1>
      {single ? (
        <a className={styles.link} href={href({})}>
          ← {t.back}
        </a>
      ) : null}
      {groups.length === 0 ? <p className={styles.hint}>{t.none}</p> : null}
      {groups.map((group) => (
        <section
          key={group.entity}
          className={styles.group}
          aria-labelledby={`search-${group.entity}`}
          data-entity={group.entity}
        >
          <h2 id={`search-${group.entity}`} className={styles.groupTitle}>
            {labels[group.entity]?.[language] ?? group.entity}
          </h2>
          <ul className={styles.hits}>
            {group.hits.map((hit) => (
              <li key={String(hit.id)}>
                <a href={`/app/${group.entity}/${hit.id}`} className={styles.hitTitle}>
                  {hit.title}
                </a>
                {hit.detail ? <span className={styles.detail}>{hit.detail}</span> : null}
              </li>
            ))}
          </ul>
          {!single && group.more ? (
            <a className={styles.link} href={href({ entity: group.entity })}>
              {t.all} →
            </a>
          ) : null}
          {single && (group.totalPages ?? 1) > 1 ? (
            <nav className={styles.pager}>
              {(group.page ?? 1) > 1 ? (
                <a className={styles.link} href={href({ entity: group.entity, page: String((group.page ?? 1) - 1) })}>
                  {t.previous}
                </a>
              ) : null}
              <span>{t.page(group.page ?? 1, group.totalPages ?? 1)}</span>
              {group.more ? (
                <a className={styles.link} href={href({ entity: group.entity, page: String((group.page ?? 1) + 1) })}>
                  {t.next}
                </a>
              ) : null}
            </nav>
          ) : null}
        </section>
      ))}
    </div>
  )
}
