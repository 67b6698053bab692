/**
 * Vue 3 consumer: `sales-elements/vue` adds every tag to Vue's `GlobalComponents`, which Volar and
 * vue-tsc read to check templates. Without vue-tsc, this checks the same props through the types
 * Vue gives those components: `h()` and `$props`. Each `@ts-expect-error` fails the check if the
 * line below it compiles.
 */
import type {} from 'sales-elements/vue';
import { defineComponent, h, type GlobalComponents } from 'vue';
import type { SaleChanges } from 'sales-elements';

/** What a template's `<sale-card>` resolves to. */
declare const components: Pick<GlobalComponents, 'sale-card' | 'sale-status-icon'>;

type SaleCardProps = InstanceType<GlobalComponents['sale-card']>['$props'];
type StatusIconProps = InstanceType<GlobalComponents['sale-status-icon']>['$props'];

export const cardProps: SaleCardProps = {
  sale: { id: 1, title: 'x', status: 'open' },
  'onsale-save': (e) => {
    const changes: SaleChanges = e.detail.changes;
    return changes;
  },
};

export const App = defineComponent({
  setup() {
    let changes: SaleChanges = {};
    return () =>
      h('div', [
        h(components['sale-card'], {
          sale: { id: 1, title: 'x', status: 'open' },
          'onsale-save': (e) => (changes = e.detail.changes),
        }),
        h(components['sale-status-icon'], { status: 'sold', label: String(changes) }),
      ]);
  },
});

// @ts-expect-error a number is not a sale
export const numberSale: SaleCardProps = { sale: 42 };

export const bogusDetail: SaleCardProps = {
  // @ts-expect-error the sale-save detail has no such property
  'onsale-save': (e) => e.detail.bogus,
};

// @ts-expect-error `editing` is read-only: Vue would assign it, which throws
export const readOnlyProp: SaleCardProps = { editing: true };

// @ts-expect-error not a SaleStatus
export const bogusStatus: StatusIconProps = { status: 'bogus' };

// @ts-expect-error h() checks the props against the component's
export const bogusVNode = h(components['sale-status-icon'], { status: 'bogus' });
