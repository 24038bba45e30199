// The DataGrid's fr/de/sv locale packs lack these strings (they fall back to English), so we supply them here.
import type { GridLocaleText } from '@mui/x-data-grid';

export const GRID_LOCALE_FILLS: {
  fr: Partial<GridLocaleText>;
  de: Partial<GridLocaleText>;
  sv: Partial<GridLocaleText>;
} = {
  fr: {
    emptyPivotOverlayLabel:
      'Ajoutez des champs aux lignes, aux colonnes et aux valeurs pour créer un tableau croisé dynamique',
    toolbarPivot: 'Tableau croisé dynamique',
    toolbarCharts: 'Graphiques',
    formulaBarLabel: 'Barre de formule',
    formulaBarInputLabel: 'Formule',
    formulaBarAddressLabel: 'Cellule active',
    columnMenuManagePivot: 'Gérer le tableau croisé dynamique',
    columnMenuManageCharts: 'Gérer les graphiques',
    aggregationFunctionLabelNone: 'aucune',
    pivotToggleLabel: 'Tableau croisé dynamique',
    pivotRows: 'Lignes',
    pivotColumns: 'Colonnes',
    pivotValues: 'Valeurs',
    pivotCloseButton: 'Fermer les paramètres du tableau croisé dynamique',
    pivotSearchButton: 'Rechercher des champs',
    pivotSearchControlPlaceholder: 'Rechercher des champs',
    pivotSearchControlLabel: 'Rechercher des champs',
    pivotSearchControlClear: 'Effacer la recherche',
    pivotNoFields: 'Aucun champ',
    pivotMenuMoveUp: 'Déplacer vers le haut',
    pivotMenuMoveDown: 'Déplacer vers le bas',
    pivotMenuMoveToTop: 'Déplacer tout en haut',
    pivotMenuMoveToBottom: 'Déplacer tout en bas',
    pivotMenuRows: 'Lignes',
    pivotMenuColumns: 'Colonnes',
    pivotMenuValues: 'Valeurs',
    pivotMenuOptions: 'Options du champ',
    pivotMenuAddToRows: 'Ajouter aux lignes',
    pivotMenuAddToColumns: 'Ajouter aux colonnes',
    pivotMenuAddToValues: 'Ajouter aux valeurs',
    pivotMenuRemove: 'Retirer',
    pivotDragToRows: 'Faites glisser ici pour créer des lignes',
    pivotDragToColumns: 'Faites glisser ici pour créer des colonnes',
    pivotDragToValues: 'Faites glisser ici pour créer des valeurs',
    pivotYearColumnHeaderName: '(Année)',
    pivotQuarterColumnHeaderName: '(Trimestre)',
    chartsFieldBlocked: 'Ce champ ne peut être ajouté à aucune section',
    aiAssistantPanelTitle: 'Assistant IA',
    aiAssistantPanelClose: "Fermer l'assistant IA",
    aiAssistantPanelNewConversation: 'Nouvelle conversation',
    aiAssistantPanelConversationHistory: 'Historique des conversations',
    aiAssistantPanelEmptyConversation: 'Aucun historique de requêtes',
    aiAssistantSuggestions: 'Suggestions',
    promptFieldLabel: 'Requête',
    promptFieldPlaceholder: 'Saisissez une requête…',
    promptFieldPlaceholderWithRecording: 'Saisissez ou enregistrez une requête…',
    promptFieldPlaceholderListening: 'Écoute de la requête…',
    promptFieldSpeechRecognitionNotSupported:
      "La reconnaissance vocale n'est pas prise en charge par ce navigateur",
    promptFieldSend: 'Envoyer',
    promptFieldRecord: 'Enregistrer',
    promptFieldStopRecording: "Arrêter l'enregistrement",
    promptRerun: 'Relancer',
    promptProcessing: 'Traitement…',
    promptAppliedChanges: 'Modifications appliquées',
    promptChangeGroupDescription: (column) => `Regrouper par ${column}`,
    promptChangeAggregationLabel: (column, aggregation) => `${column} (${aggregation})`,
    promptChangeAggregationDescription: (column, aggregation) =>
      `Agréger ${column} (${aggregation})`,
    promptChangeFilterLabel: (column, operator, value) => {
      if (operator === 'is any of') {
        return `${column} correspond à l'une des valeurs : ${value}`;
      }
      return `${column} ${operator} ${value}`;
    },
    promptChangeFilterDescription: (column, operator, value) => {
      if (operator === 'is any of') {
        return `Filtrer les lignes où ${column} correspond à l'une des valeurs : ${value}`;
      }
      return `Filtrer les lignes où ${column} ${operator} ${value}`;
    },
    promptChangeSortDescription: (column, direction) => `Trier par ${column} (${direction})`,
    promptChangePivotEnableLabel: 'Tableau croisé dynamique',
    promptChangePivotEnableDescription: 'Activer le tableau croisé dynamique',
    promptChangePivotColumnsLabel: (count) => `Colonnes (${count})`,
    promptChangePivotColumnsDescription: (column, direction) =>
      `${column}${direction ? ` (${direction})` : ''}`,
    promptChangePivotRowsLabel: (count) => `Lignes (${count})`,
    promptChangePivotValuesLabel: (count) => `Valeurs (${count})`,
    promptChangePivotValuesDescription: (column, aggregation) => `${column} (${aggregation})`,
    promptChangeChartsLabel: (dimensionsCount, valuesCount) =>
      `Dimensions (${dimensionsCount}), Valeurs (${valuesCount})`,
  },
  de: {
    toolbarCharts: 'Diagramme',
    formulaBarLabel: 'Bearbeitungsleiste',
    formulaBarInputLabel: 'Formel',
    formulaBarAddressLabel: 'Aktive Zelle',
    columnMenuManageCharts: 'Diagramme verwalten',
    aggregationFunctionLabelNone: 'keine',
    chartsNoCharts: 'Keine Diagramme verfügbar',
    chartsChartNotSelected: 'Diagrammtyp auswählen, um seine Optionen zu konfigurieren',
    chartsTabChart: 'Diagramm',
    chartsTabFields: 'Felder',
    chartsTabCustomize: 'Anpassen',
    chartsCloseButton: 'Diagrammkonfiguration schließen',
    chartsSyncButtonLabel: 'Diagramm synchronisieren',
    chartsSearchPlaceholder: 'Felder suchen',
    chartsSearchLabel: 'Felder suchen',
    chartsSearchClear: 'Suche löschen',
    chartsNoFields: 'Keine Felder',
    chartsFieldBlocked: 'Dieses Feld kann keinem Bereich hinzugefügt werden',
    chartsCategories: 'Kategorien',
    chartsSeries: 'Datenreihen',
    chartsMenuAddToDimensions: (dimensionLabel) => `Zu ${dimensionLabel} hinzufügen`,
    chartsMenuAddToValues: (valuesLabel) => `Zu ${valuesLabel} hinzufügen`,
    chartsMenuMoveUp: 'Nach oben',
    chartsMenuMoveDown: 'Nach unten',
    chartsMenuMoveToTop: 'An den Anfang',
    chartsMenuMoveToBottom: 'An das Ende',
    chartsMenuOptions: 'Feldoptionen',
    chartsMenuRemove: 'Entfernen',
    chartsDragToDimensions: (dimensionLabel) =>
      `Hierher ziehen, um die Spalte als ${dimensionLabel} zu verwenden`,
    chartsDragToValues: (valuesLabel) =>
      `Hierher ziehen, um die Spalte als ${valuesLabel} zu verwenden`,
    promptChangeChartsLabel: (dimensionsCount, valuesCount) =>
      `Dimensionen (${dimensionsCount}), Werte (${valuesCount})`,
  },
  sv: {
    formulaBarLabel: 'Formelfält',
    formulaBarInputLabel: 'Formel',
    formulaBarAddressLabel: 'Aktiv cell',
  },
};
