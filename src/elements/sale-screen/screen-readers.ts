/**
 * `<sale-screen>`'s properties as it uses them, each read again only when the host sets another
 * value (so a bad value warns once, not on every render).
 */
import type { PropertyValues } from 'lit';
import type { DataWarning, Id } from '../../model/types.js';
import type { SalesSource } from '../../source/sales-source.js';
import { readFlag, readHeading, readSelected, readSource, readToday, type Read } from './screen-inputs.js';

type ScreenProperties = Partial<
  Record<'source' | 'selected' | 'premium' | 'today' | 'heading' | 'readonly', unknown>
>;

export class ScreenInputs {
  source?: SalesSource;
  /** The host set something that is no SalesSource. */
  sourceInvalid = false;
  selected?: Id;
  premium = false;
  readonly = false;
  today?: string;
  heading?: string;

  /** Reads the `changed` properties of `screen`; returns whether the source changed. */
  read(screen: ScreenProperties, changed: PropertyValues, warnings: DataWarning[]): boolean {
    const take = <T>({ value, warning }: Read<T>): T => {
      if (warning) warnings.push(warning);
      return value;
    };
    let sourceChanged = false;
    if (changed.has('source')) {
      const read = readSource(screen.source);
      sourceChanged = true;
      this.sourceInvalid = read.warning !== undefined;
      this.source = take(read);
    }
    if (changed.has('selected')) this.selected = take(readSelected(screen.selected));
    if (changed.has('premium')) this.premium = take(readFlag(screen.premium, 'premium'));
    if (changed.has('readonly')) this.readonly = take(readFlag(screen.readonly, 'readonly'));
    if (changed.has('today')) this.today = take(readToday(screen.today));
    if (changed.has('heading')) this.heading = take(readHeading(screen.heading));
    return sourceChanged;
  }
}
