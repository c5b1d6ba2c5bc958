import type { Payload, PayloadRequest, TypedUser } from 'payload'
import { toLanguage } from '../../i18n/language'
import { teaching } from '../../labs/api/teacher'
import { labText } from '../labs/labTexts'

/**
 * Link to the teacher's console, shown only to teachers and super admins (a server
 * component: whether one teaches is read from the roles, which the browser cannot see).
 */
export async function LabsNavLink({
  payload,
  user,
  i18n,
}: {
  payload: Payload
  user?: TypedUser | null
  i18n?: { language?: string }
}) {
  if (!user) return null
  // `teaching` reads only the request's user and payload.
  if (!(await teaching({ payload, user } as unknown as PayloadRequest)).teacher) return null
  return (
    <a href="/admin/labs" className="nav__link" style={{ display: 'block', padding: '4px 0' }} data-testid="labs-nav-link">
      {labText(toLanguage(i18n?.language), 'console')}
    </a>
  )
}
