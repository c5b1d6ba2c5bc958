'use client'
import { type FlowDoc, fitLabel as fit, flowDiagram, NODE } from '../model'
import type { Selection } from './editorTypes'
import type { Say } from './texts'
import styles from './workflowEditor.module.css'

const ERROR = '#dc2626'

/**
 * The flow drawn from the model's geometry: stages as boxes in order, transitions as arrows; stages
 * and arrows with problems in red. Clicking a box or an arrow's label selects it.
 */
export function FlowDiagramView({
  doc,
  flaggedStages,
  flaggedTransitions,
  selection,
  onSelect,
  say,
  stageName,
  labelOf,
}: {
  doc: FlowDoc
  flaggedStages: Map<number, string[]>
  flaggedTransitions: Map<number, string[]>
  selection: Selection
  onSelect: (selection: Selection) => void
  say: Say
  stageName: (key: string) => string
  labelOf: (label: { zh?: string; en?: string }, fallback: string) => string
}) {
  const d = flowDiagram(doc)
  return (
    <figure className={styles.diagram} aria-label={say('diagram')} data-testid="flow-diagram" style={{ margin: 0 }}>
      <svg width={d.width} height={d.height} viewBox={`0 0 ${d.width} ${d.height}`}>
        <title>{say('diagram')}</title>
        <defs>
          <marker
            id="wf-arrow"
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerWidth="7"
            markerHeight="7"
            orient="auto-start-reverse"
          >
            <path d="M 0 0 L 10 5 L 0 10 z" fill="#64748b" />
          </marker>
          <marker
            id="wf-arrow-bad"
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerWidth="7"
            markerHeight="7"
            orient="auto-start-reverse"
          >
            <path d="M 0 0 L 10 5 L 0 10 z" fill={ERROR} />
          </marker>
        </defs>
        {d.edges.map((e) => {
          const t = doc.transitions[e.index]
          const bad = flaggedTransitions.has(e.index)
          const selected = selection?.kind === 'transition' && selection.index === e.index
          return (
            // biome-ignore lint/a11y/useSemanticElements: SVG has no <button>; the lists beside offer the same choice
            <g
              key={`e${e.index}`}
              data-testid={`diagram-transition-${t.key}`}
              data-problem={bad ? 'true' : undefined}
              style={{ cursor: 'pointer' }}
              role="button"
              tabIndex={0}
              aria-label={labelOf(t.label, t.key)}
              onClick={() => onSelect({ kind: 'transition', index: e.index })}
              onKeyDown={(k) => (k.key === 'Enter' ? onSelect({ kind: 'transition', index: e.index }) : undefined)}
            >
              <path
                d={e.path}
                fill="none"
                stroke={bad ? ERROR : selected ? '#16a34a' : '#64748b'}
                strokeWidth={selected ? 2.5 : 1.5}
                strokeDasharray={e.any ? '4 3' : undefined}
                markerEnd={bad ? 'url(#wf-arrow-bad)' : 'url(#wf-arrow)'}
              />
              <text x={e.labelX} y={e.labelY} textAnchor="middle" fontSize="11" fill={bad ? ERROR : 'currentColor'}>
                {fit(e.any ? `* ${labelOf(t.label, t.key)}` : labelOf(t.label, t.key), 20)}
                {t.when ? ' ⓘ' : ''}
              </text>
            </g>
          )
        })}
        {d.nodes.map((n) => {
          const bad = n.ghost || (n.index != null && flaggedStages.has(n.index))
          const selected = selection?.kind === 'stage' && selection.index === n.index
          return (
            // biome-ignore lint/a11y/useSemanticElements: SVG has no <button>; the lists beside offer the same choice
            <g
              key={`n${n.index ?? n.key}`}
              data-testid={`diagram-stage-${n.key}`}
              data-problem={bad ? 'true' : undefined}
              style={{ cursor: n.index == null ? 'default' : 'pointer' }}
              role="button"
              tabIndex={n.index == null ? -1 : 0}
              aria-label={n.ghost ? n.key : stageName(n.key)}
              onClick={() => (n.index == null ? undefined : onSelect({ kind: 'stage', index: n.index }))}
              onKeyDown={(k) => (k.key === 'Enter' && n.index != null ? onSelect({ kind: 'stage', index: n.index }) : undefined)}
            >
              <rect
                x={n.x}
                y={n.y}
                width={NODE.width}
                height={NODE.height}
                rx={n.final ? 22 : 6}
                fill="var(--theme-elevation-0, #fff)"
                stroke={bad ? ERROR : selected ? '#16a34a' : n.color}
                strokeWidth={bad || selected ? 2.5 : 2}
                strokeDasharray={n.ghost ? '5 3' : undefined}
              />
              <rect x={n.x} y={n.y} width={8} height={NODE.height} rx={3} fill={n.color} />
              <text
                x={n.x + NODE.width / 2 + 4}
                y={n.y + 20}
                textAnchor="middle"
                fontSize="12"
                fontWeight="600"
                fill={bad ? ERROR : 'currentColor'}
              >
                {n.ghost ? `? ${fit(n.key, 16)}` : fit(stageName(n.key), 18)}
              </text>
              <title>{n.ghost ? n.key : stageName(n.key)}</title>
              <text x={n.x + NODE.width / 2 + 4} y={n.y + 36} textAnchor="middle" fontSize="10" fill="#64748b">
                {n.ghost
                  ? say('unknownStage')
                  : n.final
                    ? `${say('finalBadge')} · ${doc.stages[n.index ?? 0]?.outcome ?? '?'}`
                    : n.key}
              </text>
            </g>
          )
        })}
      </svg>
    </figure>
  )
}
