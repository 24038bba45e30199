import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { OfflinePaymentOption } from '@/api/payment-methods/schemas';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Box sx={{ minWidth: 0 }}>
      <Typography component="dt" variant="caption" color="text.secondary">
        {label}
      </Typography>
      <Typography component="dd" variant="body2" sx={{ m: 0, overflowWrap: 'anywhere' }}>
        {children}
      </Typography>
    </Box>
  );
}

const factsSx = {
  display: 'grid',
  gap: 1,
  m: 0,
  gridTemplateColumns: 'repeat(auto-fill, minmax(12rem, 1fr))',
};

/** How to pay without a card, in the customer's currency (SPEC §4 "payment"). */
export function OfflineOptions({ options }: { options: OfflinePaymentOption[] }) {
  const { t } = useTranslation();
  return (
    <Box sx={{ display: 'grid', gap: 1.5 }}>
      {options.map((option) =>
        option.type === 'BANK_TRANSFER' ? (
          <Paper key="transfer" variant="outlined" sx={{ p: 1.5 }}>
            <Typography variant="subtitle1" component="h4">
              {t('billing:offline.bankTransfer')}
            </Typography>
            <Box component="dl" sx={factsSx}>
              <Fact label={t('billing:offline.bankName')}>{option.instructions.bankName}</Fact>
              <Fact label={t('billing:offline.accountHolder')}>
                {option.instructions.accountHolder}
              </Fact>
              {option.instructions.iban ? (
                <Fact label={t('billing:offline.iban')}>{option.instructions.iban}</Fact>
              ) : null}
              <Fact label={t('billing:offline.bic')}>{option.instructions.bic}</Fact>
              {option.instructions.accountNumber ? (
                <Fact label={t('billing:offline.accountNumber')}>
                  {option.instructions.accountNumber}
                </Fact>
              ) : null}
              {option.instructions.localBankCode ? (
                <Fact
                  label={t(`billing:offline.bankCodes.${option.instructions.localBankCode.type}`)}
                >
                  {option.instructions.localBankCode.value}
                </Fact>
              ) : null}
              <Fact label={t('billing:offline.currency')}>{option.instructions.currencyCode}</Fact>
            </Box>
            <Typography variant="body2" sx={{ mt: 1 }}>
              {t('billing:offline.transferReference')}
            </Typography>
          </Paper>
        ) : (
          <Paper key="check" variant="outlined" sx={{ p: 1.5 }}>
            <Typography variant="subtitle1" component="h4">
              {t('billing:offline.check')}
            </Typography>
            <Box component="dl" sx={factsSx}>
              <Fact label={t('billing:offline.payableTo')}>{option.instructions.payableTo}</Fact>
              <Fact label={t('billing:offline.mailingAddress')}>
                {option.instructions.mailingAddress.map((line) => (
                  <Box component="span" key={line} sx={{ display: 'block' }}>
                    {line}
                  </Box>
                ))}
              </Fact>
              <Fact label={t('billing:offline.currency')}>{option.instructions.currencyCode}</Fact>
            </Box>
            <Typography variant="body2" sx={{ mt: 1 }}>
              {t('billing:offline.checkReference')}
            </Typography>
          </Paper>
        ),
      )}
    </Box>
  );
}
