/**
 * The Links tab: the sale's links. A web address becomes a link only for http:, https: and mailto:
 * (opening in a new window); a link to a record asks the host to open it. In edit mode links can
 * be added (type, target, description) and removed: a web address must be http(s) or mailto, and
 * with the host's `lookup` a record target is picked by searching instead of typing its id.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { formatDate } from '../../model/format.js';
import { SALE_LINK_KINDS, type SaleLink, type SaleLinkKind } from '../../model/types.js';
import { renderIcon } from '../../icons/icon.js';
import { xIcon } from '../../icons/phosphor.js';
import type { SaleComboboxChangeEvent } from '../../events/sale-combobox-change.js';
import type { LookupKind } from '../../model/lookup.js';
import type { CardContext, LinkForm } from './card-context.js';
import { comboboxDefined } from './combobox-loader.js';
import { selectedOf } from './field-controls.js';

const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/** The URL when it may be a link target (http, https, mailto), else undefined. */
export function safeHref(href: string | undefined): string | undefined {
  if (!href) return undefined;
  try {
    return SAFE_PROTOCOLS.has(new URL(href.trim()).protocol) ? href.trim() : undefined;
  } catch {
    return undefined;
  }
}

let added = 0;

function renderTarget(context: CardContext, link: SaleLink): TemplateResult {
  if (link.kind === 'url') {
    const href = safeHref(link.href);
    if (!href)
      return html`<span class="link-title">${link.title}${link.href ? ` (${link.href})` : ''}</span>`;
    return html`<a class="link-title" href=${href} target="_blank" rel="noopener noreferrer"
      >${link.title}<span class="visually-hidden"> ${context.t('link.newWindow')}</span></a
    >`;
  }
  return html`<button type="button" class="link link-title" @click=${() => context.openLink(link)}>
    ${link.title}
  </button>`;
}

/** The new link from the form, or the problem that keeps it out. */
function linkFromForm(form: LinkForm, picking: boolean): SaleLink | 'incomplete' | 'badUrl' {
  const title = form.title.trim() || (picking ? (form.record?.name ?? '') : '');
  const target = form.target.trim();
  if (!title || (picking ? !form.record : !target)) return 'incomplete';
  if (form.kind === 'url') {
    if (!safeHref(target)) return 'badUrl';
    added += 1;
    return { id: `new-link-${added}`, kind: 'url', title, href: target };
  }
  return { id: picking ? form.record!.id : target, kind: form.kind, title };
}

/** The target: a web address or a typed record id, or with a `lookup` a record picked by searching. */
function renderTargetControl(context: CardContext, picking: boolean, describedBy: string | undefined) {
  const form = context.linkForm;
  const label = context.t('field.linkTarget');
  if (picking) {
    return html`<sale-combobox
      id="f-link-target"
      kind=${form.kind as LookupKind}
      .label=${label}
      .value=${form.record ?? null}
      .lookup=${context.lookup}
      .invalid=${form.incomplete && !form.record}
      @sale-combobox-change=${(event: SaleComboboxChangeEvent) => {
        event.stopPropagation();
        context.updateLinkForm({ record: event.detail.value ?? undefined });
      }}
    ></sale-combobox>`;
  }
  const invalid = (form.incomplete && !form.target.trim()) || form.badUrl === true;
  return html`<input
    id="f-link-target"
    type=${form.kind === 'url' ? 'url' : 'text'}
    aria-invalid=${invalid ? 'true' : 'false'}
    aria-describedby=${describedBy ?? nothing}
    .value=${form.target}
    @input=${(event: Event) =>
      context.updateLinkForm({
        target: (event.target as HTMLInputElement).value,
        badUrl: false,
        typedId: form.kind !== 'url',
      })}
  />`;
}

function renderAddForm(context: CardContext): TemplateResult {
  const form = context.linkForm;
  // A typed id until <sale-combobox> has loaded (combobox-loader.ts): the card renders again then,
  // and keeps an id the user is typing (LinkForm.typedId).
  const picking = context.lookup !== undefined && comboboxDefined() && form.kind !== 'url' && !form.typedId;
  const add = () => {
    const link = linkFromForm(form, picking);
    if (typeof link === 'string') {
      context.updateLinkForm({ incomplete: link === 'incomplete', badUrl: link === 'badUrl' });
      return;
    }
    context.edit({ links: [...(context.sale.links ?? []), link] });
    context.updateLinkForm({
      target: '',
      record: undefined,
      title: '',
      incomplete: false,
      badUrl: false,
      typedId: false,
    });
  };
  const problem = form.incomplete ? 'error.linkIncomplete' : form.badUrl ? 'error.linkUrl' : undefined;
  const describedBy = problem ? 'f-link-error' : undefined;
  return html`<fieldset class="add-link">
    <legend>${context.t('action.addLink')}</legend>
    <div class="fields">
      <div class="field">
        <label for="f-link-kind">${context.t('field.linkKind')}</label>
        <select
          id="f-link-kind"
          @change=${(event: Event) =>
            context.updateLinkForm({
              kind: selectedOf(event) as SaleLinkKind,
              record: undefined,
              badUrl: false,
              typedId: false,
            })}
        >
          ${[...SALE_LINK_KINDS]
            .reverse()
            .map(
              (kind) =>
                html`<option value=${kind} ?selected=${kind === form.kind}>
                  ${context.t(`link.${kind}`)}
                </option>`,
            )}
        </select>
      </div>
      <div class="field">
        <label for="f-link-target">${context.t('field.linkTarget')}</label>
        ${renderTargetControl(context, picking, describedBy)}
      </div>
      <div class="field">
        <label for="f-link-title">${context.t('field.linkTitle')}</label>
        <input
          id="f-link-title"
          type="text"
          aria-invalid=${form.incomplete && !form.title.trim() && !(picking && form.record) ? 'true' : 'false'}
          aria-describedby=${describedBy ?? nothing}
          .value=${form.title}
          @input=${(event: Event) => context.updateLinkForm({ title: (event.target as HTMLInputElement).value })}
        />
      </div>
    </div>
    ${problem ? html`<p class="error" id="f-link-error">${context.t(problem)}</p>` : nothing}
    <button type="button" class="button" @click=${add}>${context.t('action.add')}</button>
  </fieldset>`;
}

export function renderLinksTab(context: CardContext): TemplateResult {
  const links = context.sale.links ?? [];
  const remove = (link: SaleLink) => context.edit({ links: links.filter((candidate) => candidate !== link) });
  return html`${
    links.length === 0
      ? html`<p class="empty">${context.t('empty.links')}</p>`
      : html`<ul class="links">
          ${links.map(
            (link) =>
              html`<li>
                <span class="kind">${context.t(`link.${link.kind}`)}</span>
                ${renderTarget(context, link)}
                ${link.date ? html`<span class="date">${formatDate(link.date, context.locale)}</span>` : nothing}
                ${
                  context.editing
                    ? html`<button
                        type="button"
                        class="icon-button remove"
                        aria-label=${context.t('action.remove', { name: link.title })}
                        @click=${() => remove(link)}
                      >
                        ${renderIcon(xIcon())}
                      </button>`
                    : nothing
                }
              </li>`,
          )}
        </ul>`
  }
  ${context.editing ? renderAddForm(context) : nothing}`;
}
