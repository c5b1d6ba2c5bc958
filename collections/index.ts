import { Accounts } from './Accounts'
import { Contacts } from './Contacts'
import { Departments } from './Departments'
import { LoginLog } from './LoginLog'
import { Outbox } from './Outbox'
import { Roles } from './Roles'
import { Tenants } from './Tenants'
import { Users } from './Users'

/** Every collection, in the order the admin's navigation shows them. */
export const collections = [Accounts, Contacts, Tenants, Users, Departments, Roles, LoginLog, Outbox]
