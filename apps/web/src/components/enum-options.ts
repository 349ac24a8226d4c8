import type { ByProductKind, Currency, Incoterm, MaterialClass, PriceUnit, ProductForm, PropertyBasis, ScrapClass, TaxBasis } from '../graphql/generated.ts';

/** The values of the API's enums the forms offer, in the order the trade lists them. */
export const PRODUCT_FORMS: ProductForm[] = ['INGOT', 'DIE_CASTING', 'SAND_CASTING', 'EXTRUSION', 'SHEET', 'PLATE', 'FORGING', 'WHEEL', 'WIRE', 'POWDER', 'SCRAP', 'SLAG'];
export const MATERIAL_CLASSES: MaterialClass[] = ['PRIMARY_MAGNESIUM', 'ALLOY', 'SCRAP', 'BY_PRODUCT'];
export const CURRENCIES: Currency[] = ['CNY', 'USD', 'EUR'];
export const PRICE_UNITS: PriceUnit[] = ['PER_TONNE', 'PER_KG', 'PER_PIECE'];
export const TAX_BASES: TaxBasis[] = ['VAT_INCLUDED', 'VAT_EXCLUDED'];
export const INCOTERMS: Incoterm[] = ['EXW', 'FCA', 'FOB', 'CFR', 'CIF', 'DAP', 'DDP'];
export const PROPERTY_BASES: PropertyBasis[] = ['SPEC_MINIMUM', 'TYPICAL', 'TESTED'];
export const SCRAP_CLASSES: ScrapClass[] = ['TYPE_I', 'TYPE_II', 'TYPE_III', 'TYPE_IV'];
export const BY_PRODUCT_KINDS: ByProductKind[] = ['REDUCTION_SLAG', 'DROSS', 'FLUX_RESIDUE', 'OTHER'];
