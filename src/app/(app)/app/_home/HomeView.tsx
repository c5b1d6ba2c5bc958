import type { ReactNode } from 'react'
import { groupDigits } from '../../../../money/groupDigits'
import type { ChartBar, HomeCharts } from '../../../../workspace/charts/homeCharts'
import type { HomeData, HomeItem } from '../../../../workspace/home/homeData'
import { BarList } from './BarList'
import styles from './home.module.css'
import { homeTexts } from './homeTexts'
import { MonthColumns } from './MonthColumns'

type Props = {
  name: string
  language: 'en' | 'zh'
  data: HomeData
  charts: HomeCharts
  now: Date
  /** The tenant's currency sign (its base currency). */
  symbol: string
}

function Card({ title, children, id }: { title: string; children: ReactNode; id: string }) {
  return (
    <section className={styles.card} aria-labelledby={`home-${id}`} data-card={id}>
      <h2 id={`home-${id}`} className={styles.cardTitle}>
        {title}
      </h2>
      {children}
    </section>
  )
}

/** The workspace home: today's work on the left, the team's figures as charts below. */
export function HomeView({ name, language, data, charts, now, symbol }: Props) {
  const t = homeTexts[language]
  const date = (at?: string | null) => (at ? new Date(at).toLocaleDateString(language === 'zh' ? 'zh-CN' : 'en') : '')
  const items = (list: HomeItem[], empty: string, detail?: (item: HomeItem) => ReactNode) =>
    list.length === 0 ? (
      <p className={styles.empty}>{empty}</p>
    ) : (
      <ul className={styles.items}>
        {list.map((item) => (
          <li key={`${item.entity}:${item.id}`}>
            <a href={`/app/${item.entity}/${item.id}`}>{item.title}</a>
            {detail ? <span className={styles.itemDetail}>{detail(item)}</span> : null}
          </li>
        ))}
      </ul>
    )
  const chart = (bars: ChartBar[] | null, render: (bars: ChartBar[]) => ReactNode) =>
    bars == null ? null : bars.every((b) => b.count === 0) ? <p className={styles.empty}>{t.empty}</p> : render(bars)
  return (
    <div className={styles.home}>
      <h1 className={styles.hello}>{t.hello(name)}</h1>
      <div className={styles.grid}>
        <Card id="tasks" title={t.tasks}>
          {items(data.tasks, t.noTasks, (task) => (
            <>
              {date(task.at)}
              {task.at && new Date(task.at) < now ? <strong className={styles.overdue}> · {t.overdue}</strong> : null}
            </>
          ))}
        </Card>
        <Card id="approvals" title={t.approvals}>
          <a href="/app/approvals" className={styles.bigNumber}>
            {data.approvalsWaiting}
          </a>
          <a href="/app/approvals" className={styles.more}>
            {t.openApprovals} →
          </a>
        </Card>
        <Card id="notifications" title={`${t.notifications} (${data.unread.count})`}>
          {data.unread.latest.length === 0 ? (
            <p className={styles.empty}>{t.noNotifications}</p>
          ) : (
            <ul className={styles.items}>
              {data.unread.latest.map((n) => (
                <li key={String(n.id)}>
                  {n.entity && n.record ? <a href={`/app/${n.entity}/${n.record}`}>{n.text[language]}</a> : n.text[language]}
                </li>
              ))}
            </ul>
          )}
        </Card>
        <Card id="opportunities" title={t.opportunities}>
          {items(data.opportunities, t.noOpportunities, (o) => (
            <>
              {o.detail ? `${symbol}${groupDigits(o.detail)}` : ''} {date(o.at)}
            </>
          ))}
        </Card>
        <Card id="recent" title={t.recent}>
          {items(data.recent, t.noRecent)}
        </Card>
      </div>
      <div className={styles.charts}>
        {charts.pipeline ? (
          <Card id="pipeline" title={t.pipeline}>
            {chart(charts.pipeline, (bars) => (
              <BarList symbol={symbol} bars={bars} language={language} measure="sum" funnel countUnit={t.records} />
            ))}
          </Card>
        ) : null}
        {charts.salesByMonth ? (
          <Card id="sales-by-month" title={t.salesByMonth}>
            {chart(charts.salesByMonth, (bars) => (
              <MonthColumns months={bars} language={language} symbol={symbol} />
            ))}
          </Card>
        ) : null}
        {charts.salesByOwner ? (
          <Card id="sales-by-owner" title={t.salesByOwner}>
            {chart(charts.salesByOwner, (bars) => (
              <BarList symbol={symbol} bars={bars} language={language} measure="sum" countUnit={t.orders} />
            ))}
          </Card>
        ) : null}
        {charts.salesByDepartment ? (
          <Card id="sales-by-department" title={t.salesByDepartment}>
            {chart(charts.salesByDepartment, (bars) => (
              <BarList symbol={symbol} bars={bars} language={language} measure="sum" countUnit={t.orders} />
            ))}
          </Card>
        ) : null}
        {charts.serviceByStatus ? (
          <Card id="service-by-status" title={t.serviceByStatus}>
            {chart(charts.serviceByStatus, (bars) => (
              <BarList symbol={symbol} bars={bars} language={language} measure="count" countUnit={t.records} />
            ))}
          </Card>
        ) : null}
        {charts.satisfaction ? (
          <Card id="satisfaction" title={t.satisfaction}>
            {chart(charts.satisfaction, (bars) => (
              <BarList symbol={symbol} bars={bars} language={language} measure="count" countUnit={t.visits} />
            ))}
          </Card>
        ) : null}
      </div>
    </div>
  )
}
