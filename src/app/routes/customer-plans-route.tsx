export { PlansTab as Component } from '@/features/customers/plans-tab';
