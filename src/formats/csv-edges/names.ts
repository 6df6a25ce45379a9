/** Header names for the two ends of a link, shared by sniffing (eager) and reading (lazy). */
export const SOURCE_HEADERS = ['source', 'from', 'start', 'cause', 'tail', 'node_1', 'source_node', 'source_label', 'origin', 'influencer'];
export const TARGET_HEADERS = ['target', 'to', 'end', 'effect', 'head', 'node_2', 'target_node', 'target_label', 'destination', 'influenced'];
