'use client'
import { FIELD_LEVELS, type FieldLevel } from '../../../src/fieldPermissions/levels'
import { levelsFor, permissionsOf, setPermission } from '../../model/designer'
import styles from '../designer.module.css'
import { Group } from './inputs'
import type { EditorProps } from './types'

/**
 * How each of the tenant's roles meets the field: editable, read-only, masked or hidden. For a custom
 * field this is its `x-permissions`, for a base field the version's `fieldPermissions`; both apply
 * once published. Tenant-admin roles are never restricted, so they are shown but not offered.
 */
export function PermissionsEditor({ field, props }: { field: string; props: EditorProps }) {
  const { doc, say, apply, choices } = props
  const current = permissionsOf(doc, field)
  const allowed = levelsFor(doc, field)
  // Levels kept for a role the tenant no longer has are listed too, so they can be lifted.
  const gone = Object.keys(current)
    .filter((key) => choices.roles && !choices.roles.some((r) => r.key === key))
    .map((key) => ({ key, name: key, isTenantAdmin: false }))
  const roles = choices.roles && [...choices.roles, ...gone]
  return (
    <Group title={say('permissions')} testId="field-permissions">
      <span className={styles.muted}>{say('permissionsHint')}</span>
      {allowed.length < FIELD_LEVELS.length ? <span className={styles.muted}>{say('requiredMaskedOnly')}</span> : null}
      {roles && roles.length === 0 ? <span className={styles.muted}>{say('noRoles')}</span> : null}
      {(roles ?? []).map((role) =>
        role.isTenantAdmin ? (
          <div key={role.key} className={styles.roleRow}>
            <span title={role.key}>{role.name}</span>
            <span className={styles.muted}>{say('alwaysEverything')}</span>
          </div>
        ) : (
          <label key={role.key} className={styles.roleRow}>
            <span title={role.key}>{role.name}</span>
            <select
              className={styles.input}
              value={current[role.key] ?? ''}
              data-testid={`permission-${role.key}`}
              onChange={(e) =>
                apply((d) => setPermission(d, field, role.key, (e.target.value || undefined) as FieldLevel | undefined))
              }
            >
              <option value="">{say('level.none')}</option>
              {FIELD_LEVELS.map((level) => (
                <option key={level} value={level} disabled={!allowed.includes(level) && current[role.key] !== level}>
                  {say(`level.${level}`)}
                </option>
              ))}
            </select>
          </label>
        ),
      )}
    </Group>
  )
}
