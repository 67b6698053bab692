// The page's script: the library as one file (it registers every element), then the demo's wiring
// over the demo backend that `npm start` runs: superOfficeSource speaks SuperOffice's REST API to
// server/ on this origin, so every save goes over HTTP into SQLite and survives a reload.
import '/dist/sales-elements.min.js';
import { superOfficeSource } from '/dist/superoffice/index.js';
import { startDemo } from './demo.js';

startDemo({ source: superOfficeSource({ baseUrl: window.location.origin }) });
