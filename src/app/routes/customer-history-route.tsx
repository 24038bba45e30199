export { HistoryTab as Component } from '@/features/history/history-tab';
