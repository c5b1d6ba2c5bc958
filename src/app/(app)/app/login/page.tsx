import { LoginForm } from './LoginForm'

type Props = { searchParams: Promise<{ next?: string }> }

/** /app/login: the workspace's sign-in. */
export default async function LoginPage({ searchParams }: Props) {
  const { next } = await searchParams
  return <LoginForm next={typeof next === 'string' ? next : '/app'} />
}
