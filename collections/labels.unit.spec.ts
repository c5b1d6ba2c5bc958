import type { CollectionConfig, Field } from 'payload'
import { describe, expect, it } from 'vitest'
import { collections } from './index'

type Problem = string

/** A label must be `{ en, zh }`, both non-empty: a plain string would show one language to everyone. */
function checkLabel(value: unknown, where: string, problems: Problem[]) {
  if (value === undefined || value === false) return problems.push(`${where}: no label`)
  if (typeof value !== 'object' || value === null) return problems.push(`${where}: label is not { en, zh }`)
  const { en, zh } = value as Record<string, unknown>
  if (typeof en !== 'string' || !en.trim()) problems.push(`${where}: English label missing`)
  if (typeof zh !== 'string' || !zh.trim()) problems.push(`${where}: Chinese label missing`)
}

function checkFields(fields: Field[], where: string, problems: Problem[]) {
  for (const field of fields) {
    const name = 'name' in field ? field.name : field.type
    const here = `${where}.${name}`
    if (field.type === 'row' || field.type === 'tabs') {
      if (field.type === 'row') checkFields(field.fields, where, problems)
      else for (const tab of field.tabs) checkFields(tab.fields, where, problems)
      continue
    }
    if (field.type === 'ui') continue
    checkLabel(field.label, here, problems)
    if (field.type === 'select' || field.type === 'radio') {
      for (const option of field.options) {
        // Currency codes and language names read the same in both languages.
        if (typeof option === 'object' && typeof option.label === 'object')
          checkLabel(option.label, `${here}=${option.value}`, problems)
      }
    }
    if (field.admin && 'description' in field.admin && typeof field.admin.description === 'string') {
      problems.push(`${here}: description is one language only`)
    }
    if ('fields' in field && field.type !== 'collapsible') checkFields(field.fields, here, problems)
    if (field.type === 'collapsible') checkFields(field.fields, where, problems)
  }
}

describe('every collection speaks Chinese and English', () => {
  it.each(collections.map((c) => [c.slug, c] as [string, CollectionConfig]))('%s', (slug, collection) => {
    const problems: Problem[] = []
    checkLabel(collection.labels?.singular, `${slug} (singular)`, problems)
    checkLabel(collection.labels?.plural, `${slug} (plural)`, problems)
    checkFields(collection.fields, slug, problems)
    expect(problems).toEqual([])
  })
})
