import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  output: undefined,
  poweredByHeader: false,
  // Next 16 builds with Turbopack; libsql's native binding must stay a runtime require.
  serverExternalPackages: ['@libsql/client', 'libsql', 'playwright-core', 'exceljs'],
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
