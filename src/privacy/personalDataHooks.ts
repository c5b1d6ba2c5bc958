import type { CollectionConfig } from 'payload'
import { keepMaskedValues } from './keepMaskedValues'
import { maskOnRead } from './maskOnRead'

/** The hooks a collection with maskable personal fields adds (see PERSONAL_FIELDS). */
export function personalDataHooks(slug: string): NonNullable<CollectionConfig['hooks']> {
  return { afterRead: [maskOnRead(slug)], beforeValidate: [keepMaskedValues(slug)] }
}
