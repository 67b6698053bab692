import '../../src/sale-sections.js';
import { fuzzProperties } from './fuzz-properties.js';

fuzzProperties('sale-sections');
