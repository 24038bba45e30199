import type {
  BankTransferInstructions,
  CheckInstructions,
  OfflinePaymentOption,
} from '@/api/payment-methods/schemas';
import type { CurrencyCode } from '@/domain/money';

type Local<T> = Omit<T, 'currencyCode' | 'reference'>;

/** The demo reseller's (fictitious) accounts: one bank and one lockbox per billing currency. */
const OFFLINE: Record<
  CurrencyCode,
  { bank: Local<BankTransferInstructions>; check: Local<CheckInstructions> }
> = {
  USD: {
    bank: {
      bankName: 'First Harbor Bank',
      accountHolder: 'Northwind Licensing Inc.',
      iban: null,
      bic: 'FHBKUS33',
      accountNumber: '4401229018',
      localBankCode: { type: 'ABA_ROUTING', value: '123456780' },
    },
    check: {
      payableTo: 'Northwind Licensing Inc.',
      mailingAddress: [
        'Accounts Receivable',
        'PO Box 4410',
        'Seattle, WA 98104-4410',
        'United States',
      ],
    },
  },
  CAD: {
    bank: {
      bankName: 'Maple Commerce Bank',
      accountHolder: 'Northwind Licensing Canada Ltd.',
      iban: null,
      bic: 'MCBKCATT',
      accountNumber: '1234567',
      localBankCode: { type: 'TRANSIT_INSTITUTION', value: '12345-678' },
    },
    check: {
      payableTo: 'Northwind Licensing Canada Ltd.',
      mailingAddress: [
        'Accounts Receivable',
        '100 King Street West, Suite 5600',
        'Toronto ON M5X 1C9',
        'Canada',
      ],
    },
  },
  AUD: {
    bank: {
      bankName: 'Southern Cross Bank',
      accountHolder: 'Northwind Licensing Pty Ltd',
      iban: null,
      bic: 'SCBKAU2S',
      accountNumber: '12345678',
      localBankCode: { type: 'BSB', value: '999-000' },
    },
    check: {
      payableTo: 'Northwind Licensing Pty Ltd',
      mailingAddress: ['Accounts Receivable', 'GPO Box 1200', 'Sydney NSW 2001', 'Australia'],
    },
  },
  GBP: {
    bank: {
      bankName: 'Thames Mercantile Bank',
      accountHolder: 'Northwind Licensing Ltd',
      iban: 'GB82 WEST 1234 5698 7654 32',
      bic: 'TMBKGB2L',
      accountNumber: '98765432',
      localBankCode: { type: 'SORT_CODE', value: '12-34-56' },
    },
    check: {
      payableTo: 'Northwind Licensing Ltd',
      mailingAddress: [
        'Accounts Receivable',
        '1 Paternoster Square',
        'London EC4M 7DX',
        'United Kingdom',
      ],
    },
  },
  EUR: {
    bank: {
      bankName: 'Rheinische Handelsbank',
      accountHolder: 'Northwind Licensing GmbH',
      iban: 'DE89 3704 0044 0532 0130 00',
      bic: 'RHBKDEFF',
      accountNumber: null,
      localBankCode: null,
    },
    check: {
      payableTo: 'Northwind Licensing GmbH',
      mailingAddress: ['Buchhaltung', 'Friedrichstraße 100', '10117 Berlin', 'Germany'],
    },
  },
  SEK: {
    bank: {
      bankName: 'Nordisk Affärsbank',
      accountHolder: 'Northwind Licensing AB',
      iban: 'SE45 5000 0000 0583 9825 7466',
      bic: 'NOAFSESS',
      accountNumber: null,
      localBankCode: null,
    },
    check: {
      payableTo: 'Northwind Licensing AB',
      mailingAddress: ['Ekonomiavdelningen', 'Box 7000', '103 86 Stockholm', 'Sweden'],
    },
  },
  JPY: {
    bank: {
      bankName: 'Sakura Trade Bank',
      accountHolder: 'Northwind Licensing K.K.',
      iban: null,
      bic: 'SKTBJPJT',
      accountNumber: '1234567',
      localBankCode: { type: 'ZENGIN', value: '9999-123' },
    },
    check: {
      payableTo: 'Northwind Licensing K.K.',
      mailingAddress: ['1-1 Marunouchi, Chiyoda-ku', 'Tokyo 100-0005', 'Japan'],
    },
  },
};

/**
 * How to pay without a card in a currency (SPEC §4 "payment": bank transfer and check), with
 * the invoice number as the reference the payment is matched by.
 */
export function offlinePaymentInstructions(currencyCode: CurrencyCode): OfflinePaymentOption[] {
  const { bank, check } = OFFLINE[currencyCode];
  const common = { currencyCode, reference: 'INVOICE_NUMBER' } as const;
  return [
    { type: 'BANK_TRANSFER', instructions: { ...bank, ...common } },
    { type: 'CHECK', instructions: { ...check, ...common } },
  ];
}
