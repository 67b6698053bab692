// Types for demo/sample-data.js, so test/demo.test.ts can read the sample records.
import type { Ref, Sale, SaleType, SalesGuide, Stage } from '../src/model/types.js';

export const stages: Stage[];
export const guide: SalesGuide;
export const saleTypes: SaleType[];
export const lists: Record<string, unknown>;
export const users: Ref[];
export const currentUser: Ref;
export const companies: Ref[];
export const persons: (Ref & { company: Ref })[];
export const projects: Ref[];
export const documents: Ref[];
export const sales: Sale[];
export const today: string;
export const sampleStatuses: { status: string; text: string }[];
