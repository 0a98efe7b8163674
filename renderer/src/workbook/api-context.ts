/** The API client for the workbook's own dialogs, which read things the document does not hold (templates). */
import { createContext, useContext } from 'react';
import type { ApiClient } from '../../../shared/api/contract';

export const ApiContext = createContext<ApiClient | null>(null);

export function useApi(): ApiClient {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useApi outside an ApiContext');
  return api;
}
