"""One word for themes in the code: identifiers say theme; the file format's fields (clusters, clusterId) stay.
Run from the repo root; idempotent, so it can be re-run on merged branches."""
import re, subprocess
RENAMES = [
    (r'\bCluster\b', 'Theme'), (r'\bnewCluster\b', 'newTheme'), (r'\baddCluster\b', 'addTheme'),
    (r'\bremoveCluster\b', 'removeTheme'), (r'\bupdateCluster\b', 'updateTheme'), (r'\bnextClusterColour\b', 'nextThemeColour'),
    (r'\bclusterSchema\b', 'themeSchema'), (r'\bclusterOf\b', 'themeOf'), (r'\bclusterMembers\b', 'themeMembers'),
    (r'\bclusterCounts\b', 'themeCounts'), (r'\bclusterIdMap\b', 'themeIdMap'), (r'\bclusterIndex\b', 'themeIndex'),
    (r'\bwithinCluster\b', 'withinTheme'), (r'\bmakeClusters\b', 'makeThemes'), (r'\bclusterIds\b', 'themeIds'),
    (r'\bcluster\b', 'theme'), (r'\bClusters\b', 'Themes'),
]
files = subprocess.check_output(['git', 'ls-files', 'src', 'tests', 'bench', 'scripts', 'server'], text=True).split()
for f in files:
    if not re.search(r'\.(ts|tsx|mjs)$', f) or f.endswith('themes.py'):
        continue
    s = open(f).read()
    t = s
    for a, b in RENAMES:
        # Other tools' formats speak of clusters in their own sense (Graphviz "cluster" subgraphs, GraphML attributes): rename only our API there.
        if f.startswith('src/formats/') and a in (r'\bcluster\b', r'\bClusters\b'):
            continue
        t = re.sub(a, b, t)
    if t != s:
        open(f, 'w').write(t)
        print('renamed in', f)
