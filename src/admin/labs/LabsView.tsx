import type { AdminViewServerProps } from 'payload'
import { toLanguage } from '../../i18n/language'
import { teaching } from '../../labs/api/teacher'
import { AdminPage } from '../AdminPage'
import { ClassDetail } from './ClassDetail'
import { ClassList } from './ClassList'
import { labText } from './labTexts'
import { NewClassForm } from './NewClassForm'

/**
 * /admin/labs (the classes), /admin/labs/new (a class from a preset), /admin/labs/<id> (a class's
 * groups): the teacher's console. The API decides what each teacher may see and do; this view only
 * keeps everyone else to a sentence instead of a screen of refusals.
 */
export async function LabsView(props: AdminViewServerProps) {
  const { req } = props.initPageResult
  const language = toLanguage(req.i18n.language)
  const isTeacher = (await teaching(req)).teacher
  // segments: ['labs'], ['labs', 'new'] or ['labs', '<id>']
  const segments = (props.params?.segments as string[] | undefined) ?? []
  const sub = segments[1]
  return (
    <AdminPage {...props}>
      {!isTeacher ? (
        <p role="alert" style={{ paddingTop: 24 }}>
          {labText(language, 'notTeacher')}
        </p>
      ) : sub === 'new' ? (
        <NewClassForm />
      ) : sub ? (
        <ClassDetail classId={sub} />
      ) : (
        <ClassList />
      )}
    </AdminPage>
  )
}
