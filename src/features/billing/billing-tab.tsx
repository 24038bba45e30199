import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { EmptyState } from '@/components/empty-state';
import { usePermission } from '@/hooks/use-permission';
import { InvoicesSection } from './invoices-section';
import { PaymentMethodsSection } from './payment-methods-section';

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Box component="section" aria-labelledby={id} sx={{ mb: 4 }}>
      <Typography id={id} variant="h6" component="h2" sx={{ mb: 1 }}>
        {title}
      </Typography>
      {children}
    </Box>
  );
}

/**
 * SPEC §5.8 Billing tab: invoices by view, and payment methods. A role that may not see
 * invoices (a sales rep, SPEC §2) is told so rather than shown an error.
 */
export function BillingTab() {
  const { t } = useTranslation();
  const { customerId = '' } = useParams();
  const mayView = usePermission('invoices.view');
  if (!mayView.ok) {
    return (
      <EmptyState
        title={t('billing:roleMayNotView')}
        description={t('billing:roleMayNotViewHelp')}
      />
    );
  }
  return (
    <Box>
      <Section id="billing-invoices-heading" title={t('billing:invoices.title')}>
        <InvoicesSection customerId={customerId} />
      </Section>
      <Section id="billing-methods-heading" title={t('billing:cards.title')}>
        <PaymentMethodsSection customerId={customerId} />
      </Section>
    </Box>
  );
}
