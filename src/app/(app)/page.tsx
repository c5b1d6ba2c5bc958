import { redirect } from 'next/navigation'

/** The root opens the workspace (which asks for a sign-in first); admins reach `/admin` from its header. */
export default function Home() {
  redirect('/app')
}
