import { redirect } from 'next/navigation'

/** The workspace arrives with later issues; until then the root opens the admin. */
export default function Home() {
  redirect('/admin')
}
