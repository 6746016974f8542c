/**
 * ISO 4217 codes of the currencies in use. A code written before or after a number makes it
 * money (`JPY15 million`, `500 EUR`); codes that are also English words or common abbreviations
 * in capitals (`ALL 5 suspects`, `TOP 10`, `SAR`) are kept out of that reading.
 */
export const ISO_4217_CODES: ReadonlySet<string> = new Set((
  'AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN BWP BYN BZD CAD CDF CHF CLP ' +
  'CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ' +
  'ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT ' +
  'MOP MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD ' +
  'SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD UYU UZS VES VND ' +
  'VUV WST XAF XCD XOF XPF YER ZAR ZMW ZWL').split(' '));

/** Codes that read as words or other abbreviations in capitals: never a currency on their own. */
export const WORDLIKE_CODES: ReadonlySet<string> = new Set(['ALL', 'AMD', 'ANG', 'BAM', 'BOB', 'CUP', 'DOP', 'GEL', 'MAD', 'NAD', 'PEN', 'SAR', 'SOS', 'TOP', 'TRY']);

/** The ISO code `word` names as a currency, or null. Example: `JPY` → JPY, `TOP` → null. */
export function currencyCode(word: string): string | null {
  return ISO_4217_CODES.has(word) && !WORDLIKE_CODES.has(word) ? word : null;
}
