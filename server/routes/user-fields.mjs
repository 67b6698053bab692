// @ts-check
// The UserDefinedFieldInfo agent's GetPublishedUserDefinedFieldList: the definitions (label, type)
// of the sale's user-defined fields, which a SaleEntity's CustomFields carry only by ProgId.
import { badRequest } from '../http-error.mjs';
import { SALE_USER_FIELDS } from '../seed-data.mjs';

/** SuperOffice's UDefType owners (names and database numbers); only sales have fields in the demo. */
const OWNER_TYPES = {
  contact: 7,
  person: 8,
  project: 9,
  sale: 10,
  temporary: 11,
  appointment: 12,
  document: 13,
};

/** One definition as a UserDefinedFieldInfo (the reference's property order). @param {typeof SALE_USER_FIELDS[number]} field @param {number} index */
const fieldInfo = (field, index) => ({
  UDefFieldId: index + 1,
  ColumnId: index + 1,
  FieldDefault: '',
  FieldHeight: 0,
  FieldLabel: field.label,
  FieldLeft: 0,
  FieldTop: 0,
  FieldType: field.type,
  FieldWidth: 0,
  FormatMask: '',
  HideLabel: false,
  IsIndexed: false,
  LabelHeight: 0,
  LabelLeft: 0,
  LabelTop: 0,
  LabelWidth: 0,
  LastVersionId: 0,
  ListTableId: 0,
  IsMandatory: false,
  Type: 'Sale',
  Page1LineNo: 0,
  ProgId: field.progId,
  IsReadOnly: false,
  ShortLabel: field.shortLabel,
  TabOrder: index + 1,
  TextLength: field.length,
  Tooltip: '',
  UdefIdentity: index + 1,
  UDListDefinitionId: 0,
  Justification: 'Default',
  Version: 1,
  TemplateVariableName: '',
  HasBeenPublished: true,
  MdoListName: '',
  TableRight: null,
  FieldProperties: {},
});

/** @type {import('./context.mjs').Route[]} */
export const userFieldRoutes = [
  {
    method: 'POST',
    pattern: /^\/api\/v1\/Agents\/UserDefinedFieldInfo\/GetPublishedUserDefinedFieldList$/i,
    handle: async ({ json }) => {
      const body = await json();
      if (typeof body !== 'object' || body === null || Array.isArray(body))
        throw badRequest('The body must be a JSON object { "OwnerType": "Sale" }.');
      const { OwnerType } = /** @type {Record<string, unknown>} */ (body);
      const owner = Object.entries(OWNER_TYPES).find(
        ([name, number]) =>
          OwnerType === number || (typeof OwnerType === 'string' && OwnerType.toLowerCase() === name),
      );
      if (!owner)
        throw badRequest(
          `OwnerType must be one of ${Object.keys(OWNER_TYPES).join(', ')}, not ${JSON.stringify(OwnerType)}.`,
        );
      return { body: owner[0] === 'sale' ? SALE_USER_FIELDS.map(fieldInfo) : [] };
    },
  },
];
