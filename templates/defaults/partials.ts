import type { PartialName } from '../types'

/**
 * The partials every template can include with {{> header}}, {{> company}} and {{> footer}}; a template may
 * bring its own. They are language-neutral: {{t "中文" "English"}} picks the text.
 */
export const DEFAULT_PARTIALS: Record<PartialName, string> = {
  company: `<div class="company">
  {{#if tenant.logoUrl}}<img class="company-logo" src="{{tenant.logoUrl}}" alt="{{tenant.name}}">{{/if}}
  <div class="company-text">
    <div class="company-name">{{tenant.name}}</div>
    {{#if tenant.address}}<div>{{tenant.address}}</div>{{/if}}
    {{#if (or tenant.phone tenant.email)}}<div>{{#if tenant.phone}}{{t "电话" "Tel"}}: {{tenant.phone}}{{/if}}{{#if (and tenant.phone tenant.email)}} · {{/if}}{{#if tenant.email}}{{tenant.email}}{{/if}}</div>{{/if}}
    {{#if tenant.taxNumber}}<div>{{t "税号" "Tax No."}}: {{tenant.taxNumber}}</div>{{/if}}
  </div>
</div>`,
  header: `<header class="doc-header">
  {{> company}}
</header>`,
  footer: `<footer class="doc-footer">
  {{#if tenant.bankName}}<div>{{t "开户银行" "Bank"}}: {{tenant.bankName}}{{#if tenant.bankAccount}} · {{t "账号" "Account"}}: {{tenant.bankAccount}}{{/if}}</div>{{/if}}
  <div>{{tenant.name}}{{#if printedAt}} · {{t "打印于" "Printed"}} {{dateTime printedAt}}{{/if}}</div>
</footer>`,
}
