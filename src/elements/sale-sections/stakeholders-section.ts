/**
 * The Stakeholders card of `<sale-sections>`: the sale's stakeholders in the shared data grid
 * (company, contact, role with the comment, email, phone), with Add, Edit and Remove. Remove asks
 * first in a modal `<dialog>`; focus goes back to the Remove button that opened it.
 */
import { html, nothing, type ReactiveControllerHost, type SVGTemplateResult, type TemplateResult } from 'lit';
import { SaleStakeholderAddEvent } from '../../events/sale-stakeholder-add.js';
import { SaleStakeholderEditEvent } from '../../events/sale-stakeholder-edit.js';
import { SaleStakeholderRemoveEvent } from '../../events/sale-stakeholder-remove.js';
import { GridController } from '../../grid/grid-controller.js';
import { dataGridRows, renderBody, renderDataRow, renderGrid } from '../../grid/render-grid.js';
import { contentWidth, hostFont } from '../../grid/content-width.js';
import type { GridColumn } from '../../grid/types.js';
import { renderIcon } from '../../icons/icon.js';
import { paperclipIcon, pencilSimpleIcon, plusIcon, trashIcon, userIcon } from '../../icons/phosphor.js';
import { PLACEHOLDER } from '../../model/format.js';
import type { SectionStakeholder, SectionsSale } from '../../model/sections.js';
import { renderEmptyState } from './empty-state.js';
import type { Translate } from './sale-sections.messages.js';
import { SortedRows } from './sorted-rows.js';

type Host = ReactiveControllerHost & HTMLElement;

const keyOf = (stakeholder: SectionStakeholder): string => String(stakeholder.id);
const text = (value: string | undefined): string => (value?.trim() ? value : PLACEHOLDER);

export class StakeholdersSection {
  private readonly grid: GridController;
  private columns: GridColumn<SectionStakeholder>[] = [];
  private readonly sorted = new SortedRows<SectionStakeholder>();
  /** The stakeholder the confirmation asks about, and the button to give focus back to. */
  private pending?: { stakeholder: SectionStakeholder; invoker: HTMLElement };

  constructor(private readonly host: Host) {
    this.grid = new GridController(host, {
      rows: () => dataGridRows(this.columns, this.sorted.rows, keyOf),
      onSortChange: () => host.requestUpdate(),
    });
  }

  render(sale: SectionsSale, locale: string, t: Translate): TemplateResult {
    this.columns = this.makeColumns(t, sale.stakeholders);
    const rows = this.sorted.update(sale.stakeholders, this.grid.sort, this.columns, locale);
    const columns = this.columns;
    const add = html`<button
      type="button"
      class="action"
      part="add-button"
      @click=${() => this.host.dispatchEvent(new SaleStakeholderAddEvent({ saleId: sale.id }))}
    >
      ${renderIcon(plusIcon())}${t('stakeholders.add')}
    </button>`;
    const list =
      rows.length === 0
        ? renderEmptyState(userIcon(), t('stakeholders.empty'), add)
        : html`<div class="toolbar">${add}</div>
            <div class="grid-scroller">
              ${renderGrid(this.grid, {
                label: t('sections.stakeholders'),
                className: 'stakeholders',
                columns: columns as GridColumn<never>[],
                rowCount: rows.length + 1,
                body: renderBody(rows, keyOf, (stakeholder, index) =>
                  renderDataRow(this.grid, {
                    key: keyOf(stakeholder),
                    row: stakeholder,
                    columns,
                    rowIndex: index + 2,
                  }),
                ),
              })}
            </div>`;
    return html`${list}${this.renderConfirmation(t)}`;
  }

  /** @internal The modal question before Remove; Cancel is the default, as the APG asks for destructive actions. */
  private renderConfirmation(t: Translate): TemplateResult {
    const name = this.pending ? text(this.pending.stakeholder.person.name) : '';
    return html`<dialog part="dialog" aria-labelledby="remove-question" @close=${this.onDialogClose}>
      <form method="dialog">
        <p id="remove-question">${this.pending ? t('stakeholders.confirm', { name }) : nothing}</p>
        <div class="dialog-buttons">
          <button type="submit" class="action danger" value="remove">${t('stakeholders.remove')}</button>
          <button type="submit" class="action" value="cancel" data-cancel>${t('stakeholders.cancel')}</button>
        </div>
      </form>
    </dialog>`;
  }

  /** @internal */
  private async askToRemove(stakeholder: SectionStakeholder, invoker: HTMLElement): Promise<void> {
    this.pending = { stakeholder, invoker };
    this.host.requestUpdate();
    await this.host.updateComplete;
    const dialog = this.dialog();
    // A second click before the first update: the question is already open.
    if (dialog.open) return;
    dialog.returnValue = '';
    dialog.showModal();
    dialog.querySelector<HTMLButtonElement>('[data-cancel]')!.focus();
  }

  /** @internal */
  private readonly onDialogClose = async (event: Event): Promise<void> => {
    const dialog = event.currentTarget as HTMLDialogElement;
    const pending = this.pending!;
    this.pending = undefined;
    this.host.requestUpdate();
    if (dialog.returnValue !== 'remove') {
      // The browser gives focus back too, but not always inside a shadow root.
      pending.invoker.focus();
      return;
    }
    // Park focus on Add, outside the grid, before the host removes the row: the grid would
    // otherwise try to restore focus to a row that is gone.
    const add = this.host.shadowRoot!.querySelector<HTMLElement>('[part="add-button"]')!;
    add.focus();
    this.host.dispatchEvent(new SaleStakeholderRemoveEvent({ id: pending.stakeholder.id }));
    await this.host.updateComplete;
    // The row is still there when the host removes it later (after a server call) or not at all.
    if (pending.invoker.isConnected) pending.invoker.focus();
  };

  /** @internal */
  private dialog(): HTMLDialogElement {
    return this.host.shadowRoot!.querySelector('dialog')!;
  }

  /** A column of one icon button per row (Edit, Remove): the button is the cell's focus target. */
  private actionColumn(
    id: 'edit' | 'remove',
    header: string,
    width: string,
    icon: SVGTemplateResult,
    label: (row: SectionStakeholder) => string,
    onClick: (row: SectionStakeholder, button: HTMLElement) => void,
  ): GridColumn<SectionStakeholder> {
    return {
      id,
      header,
      interactive: true,
      align: 'center',
      width,
      render: (row, cell) =>
        html`<button
          type="button"
          class="icon-button"
          part="${id}-button"
          data-grid-focus
          tabindex=${cell.tabindex}
          aria-label=${label(row)}
          @click=${(event: Event) => onClick(row, event.currentTarget as HTMLElement)}
        >
          ${renderIcon(icon)}
        </button>`,
    };
  }

  /** @internal */
  private makeColumns(
    t: Translate,
    stakeholders: readonly SectionStakeholder[],
  ): GridColumn<SectionStakeholder>[] {
    const font = hostFont(this.host);
    const fit = (header: string, sortable = true, values?: string[]) =>
      `${contentWidth(font, { header, sortable, values })}rem`;
    const shrinking = (header: string, grow = 1) => `minmax(${fit(header)}, ${grow}fr)`;
    return [
      {
        id: 'company',
        header: t('stakeholders.company'),
        width: shrinking(t('stakeholders.company')),
        shrinks: true,
        sortValue: (row) => row.company?.name,
        render: (row) => text(row.company?.name),
      },
      {
        id: 'contact',
        header: t('stakeholders.contact'),
        width: shrinking(t('stakeholders.contact')),
        shrinks: true,
        rowHeader: true,
        sortValue: (row) => row.person.name,
        render: (row) => text(row.person.name),
      },
      {
        id: 'role',
        header: t('stakeholders.role'),
        width: shrinking(t('stakeholders.role')),
        shrinks: true,
        sortValue: (row) => row.role,
        render: (row) =>
          html`${text(row.role)}${
            row.comment?.trim()
              ? html` <span
                  class="comment"
                  role="img"
                  title=${row.comment}
                  aria-label=${t('stakeholders.comment', { comment: row.comment })}
                  >${renderIcon(paperclipIcon())}</span
                >`
              : nothing
          }`,
      },
      {
        id: 'email',
        header: t('stakeholders.email'),
        width: shrinking(t('stakeholders.email'), 1.2),
        shrinks: true,
        sortValue: (row) => row.email,
        render: (row) => text(row.email),
      },
      {
        id: 'phone',
        header: t('stakeholders.phone'),
        // Phone numbers show whole, like dates.
        width: fit(
          t('stakeholders.phone'),
          true,
          stakeholders.map((row) => text(row.phone)),
        ),
        sortValue: (row) => row.phone,
        render: (row) => text(row.phone),
      },
      this.actionColumn(
        'edit',
        t('stakeholders.edit'),
        fit(t('stakeholders.edit'), false),
        pencilSimpleIcon(),
        (row) => t('stakeholders.editFor', { name: text(row.person.name) }),
        (row) => this.host.dispatchEvent(new SaleStakeholderEditEvent({ id: row.id })),
      ),
      this.actionColumn(
        'remove',
        t('stakeholders.remove'),
        fit(t('stakeholders.remove'), false),
        trashIcon(),
        (row) => t('stakeholders.removeFor', { name: text(row.person.name) }),
        (row, button) => void this.askToRemove(row, button),
      ),
    ];
  }
}
