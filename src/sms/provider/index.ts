import { httpProvider } from './httpProvider'
import type { GatewayRow, SmsProvider } from './types'

/** The provider for a gateway's settings; fax uses the same interface through its own endpoint. */
export function providerOf(gateway: GatewayRow): SmsProvider {
  switch (gateway.provider ?? 'http') {
    default:
      return httpProvider(gateway)
  }
}
