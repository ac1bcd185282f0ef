<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ComfortController</name>
    <message>
        <location filename="../../reader/ui/controllers/comfort_controller.py" line="93"/>
        <source>Reading Font</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <location filename="../../reader/ui/window/exports.py" line="49"/>
        <source>Exported {0} to {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/exports.py" line="51"/>
        <source>Saved {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/exports.py" line="82"/>
        <source>Export as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/exports.py" line="82"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/exports.py" line="105"/>
        <source>Export Facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/exports.py" line="105"/>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/exports.py" line="114"/>
        <source>{0} facts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactsAcross</name>
    <message>
        <location filename="../../reader/ui/library/facts_view.py" line="21"/>
        <source>Names: organisations, people, places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/facts_view.py" line="22"/>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/facts_view.py" line="23"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/facts_view.py" line="24"/>
        <source>Places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/facts_view.py" line="25"/>
        <source>Titles 《》</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/facts_view.py" line="26"/>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/facts_view.py" line="27"/>
        <source>Amounts of money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/facts_view.py" line="44"/>
        <source>Kind of fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/facts_view.py" line="49"/>
        <source>Fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/facts_view.py" line="49"/>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/facts_view.py" line="49"/>
        <source>Mentions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactsPanel</name>
    <message>
        <location filename="../../reader/ui/panels/facts_panel.py" line="54"/>
        <location filename="../../reader/ui/panels/facts_panel.py" line="55"/>
        <source>Filter facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/facts_panel.py" line="58"/>
        <source>Fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/facts_panel.py" line="58"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/facts_panel.py" line="59"/>
        <source>Facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/facts_panel.py" line="186"/>
        <source>Copy Fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/facts_panel.py" line="188"/>
        <source>Copy Sentence as Quotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/facts_panel.py" line="191"/>
        <source>Highlight All Mentions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileOpener</name>
    <message>
        <location filename="../../reader/ui/window/opener.py" line="25"/>
        <source>Articles (*.txt *.md *.markdown *.html *.htm *.mhtml *.mht);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/opener.py" line="49"/>
        <source>Opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/opener.py" line="50"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/opener.py" line="85"/>
        <source>Opening {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/opener.py" line="107"/>
        <source>Open Article</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../reader/ui/library/filter_bar.py" line="15"/>
        <source>All scripts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/filter_bar.py" line="16"/>
        <source>Mixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/filter_bar.py" line="27"/>
        <source>Outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/filter_bar.py" line="28"/>
        <source>Script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/filter_bar.py" line="31"/>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/filter_bar.py" line="32"/>
        <source>From (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/filter_bar.py" line="33"/>
        <source>To (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/filter_bar.py" line="34"/>
        <source>Unread only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/filter_bar.py" line="56"/>
        <source>All outlets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/filter_bar.py" line="57"/>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/filter_bar.py" line="68"/>
        <source>{0} of {1} articles</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../reader/ui/reading/find_bar.py" line="26"/>
        <source>Find in article (统战 also finds 統戰)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading/find_bar.py" line="27"/>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading/find_bar.py" line="31"/>
        <source>Matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading/find_bar.py" line="32"/>
        <source>Match case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading/find_bar.py" line="33"/>
        <source>Regular expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading/find_bar.py" line="56"/>
        <source>No matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading/find_bar.py" line="62"/>
        <source>Previous match (Shift+F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading/find_bar.py" line="63"/>
        <source>Next match (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading/find_bar.py" line="64"/>
        <source>Close find bar (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportBar</name>
    <message>
        <location filename="../../reader/ui/library/import_bar.py" line="32"/>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/import_bar.py" line="33"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/import_bar.py" line="35"/>
        <source>Failed Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/import_bar.py" line="49"/>
        <source>Looking for articles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/import_bar.py" line="58"/>
        <source>Importing {0} of {1}: {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/import_bar.py" line="62"/>
        <source>{0} added, {1} updated, {2} already there, {3} failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/import_bar.py" line="65"/>
        <source>Cancelled after {0} of {1} files: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/import_bar.py" line="80"/>
        <source>Files Not Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/import_bar.py" line="81"/>
        <source>{0} files could not be imported; the others were.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeywordsDialog</name>
    <message>
        <location filename="../../reader/ui/dialogs/keywords_dialog.py" line="38"/>
        <source>Keyword Lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/keywords_dialog.py" line="39"/>
        <location filename="../../reader/ui/dialogs/keywords_dialog.py" line="46"/>
        <source>Keywords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/keywords_dialog.py" line="42"/>
        <source>Keyword list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/keywords_dialog.py" line="43"/>
        <source>Highlight this list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/keywords_dialog.py" line="45"/>
        <source>Keyword</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/keywords_dialog.py" line="45"/>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/keywords_dialog.py" line="45"/>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/keywords_dialog.py" line="49"/>
        <location filename="../../reader/ui/dialogs/keywords_dialog.py" line="50"/>
        <source>New keyword</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/keywords_dialog.py" line="72"/>
        <source>New List…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/keywords_dialog.py" line="73"/>
        <source>Remove Selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/keywords_dialog.py" line="74"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/keywords_dialog.py" line="85"/>
        <source>Suggested:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/keywords_dialog.py" line="88"/>
        <source>Adopt suggested keyword {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/keywords_dialog.py" line="145"/>
        <source>New List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/keywords_dialog.py" line="145"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/keywords_dialog.py" line="156"/>
        <source>Keyword Colour</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryController</name>
    <message>
        <location filename="../../reader/ui/controllers/library_controller.py" line="37"/>
        <source>Articles (CSV) (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/library_controller.py" line="38"/>
        <source>Facts of the articles (CSV) (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/library_controller.py" line="39"/>
        <source>Articles and their facts (JSON) (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/library_controller.py" line="40"/>
        <source>Bibliography, GB/T 7714 (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/library_controller.py" line="41"/>
        <source>Bibliography, APA (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/library_controller.py" line="42"/>
        <source>Bibliography, Chicago (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/library_controller.py" line="158"/>
        <source>Remove from Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/library_controller.py" line="159"/>
        <source>Remove {0} articles from the library? Their files stay where they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/library_controller.py" line="169"/>
        <source>Edit Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/library_controller.py" line="169"/>
        <source>Tags, separated by commas:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/library_controller.py" line="182"/>
        <source>Export {0} Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/library_controller.py" line="202"/>
        <source>Exported {0} articles to {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/library_controller.py" line="212"/>
        <source>Watch a Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/library_controller.py" line="213"/>
        <source>New articles in “{0}” are added to the library. Stop watching it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/library_controller.py" line="218"/>
        <source>Watch a Folder for New Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/library_controller.py" line="230"/>
        <source>Use Another Library File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/library_controller.py" line="231"/>
        <source>Reader library (*.sqlite3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/library_controller.py" line="282"/>
        <location filename="../../reader/ui/controllers/library_controller.py" line="287"/>
        <location filename="../../reader/ui/controllers/library_controller.py" line="295"/>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/library_controller.py" line="286"/>
        <source>Start a new, empty library? The old file is kept, renamed beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/library_controller.py" line="295"/>
        <source>The old library file is kept as {0}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryTableModel</name>
    <message>
        <location filename="../../reader/ui/library/table_model.py" line="21"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/table_model.py" line="22"/>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/table_model.py" line="23"/>
        <source>Outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/table_model.py" line="24"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/table_model.py" line="25"/>
        <source>Words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/table_model.py" line="26"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/table_model.py" line="27"/>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryWindow</name>
    <message>
        <location filename="../../reader/ui/library/library_window.py" line="63"/>
        <source>Library — Reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/library_window.py" line="104"/>
        <source>Search ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/library_window.py" line="104"/>
        <location filename="../../reader/ui/library/library_window.py" line="141"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/library_window.py" line="139"/>
        <source>Search every article (统战 finds 統戰)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/library_window.py" line="142"/>
        <source>Facts Across Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/library_window.py" line="143"/>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/library_window.py" line="144"/>
        <source>Watch Lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/library_window.py" line="158"/>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/library_window.py" line="162"/>
        <source>Add Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/library_window.py" line="163"/>
        <source>Add Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/library_window.py" line="164"/>
        <location filename="../../reader/ui/library/library_window.py" line="252"/>
        <source>Remove from Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/library_window.py" line="166"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/library_window.py" line="168"/>
        <source>Watch a Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/library_window.py" line="169"/>
        <source>Use Another Library File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/library_window.py" line="171"/>
        <source>Remember Articles I Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/library_window.py" line="179"/>
        <source>&amp;Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/library_window.py" line="247"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/library_window.py" line="248"/>
        <source>Mark as Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/library_window.py" line="249"/>
        <source>Mark as Unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/library_window.py" line="250"/>
        <source>Edit Tags…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/library_window.py" line="260"/>
        <source>Add Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/library_window.py" line="267"/>
        <source>Add a Folder of Articles</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="68"/>
        <source>GB/T 7714-2015</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="69"/>
        <source>APA 7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="70"/>
        <source>Chicago (notes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="71"/>
        <source>Plain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="72"/>
        <source>Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="364"/>
        <source>Keywords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="435"/>
        <source>Follow the System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="444"/>
        <source>Script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="531"/>
        <source>Preparing {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="678"/>
        <source>Reader {0}
A calm reader for Chinese news articles.

Dictionary: CC-CEDICT (MDBG), CC BY-SA 4.0. Jyutping: ToJyutping (rime-cantonese data, CC BY 4.0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="586"/>
        <source>Select a word to highlight first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="627"/>
        <source>The new language applies when Reader next starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="252"/>
        <source>“{0}” is no longer on disk: this is the copy kept in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="642"/>
        <source>“{0}” changed on disk. Use File ▸ Reload (F5) to read it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="677"/>
        <source>About Reader</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../reader/ui/reading/message_bar.py" line="18"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading/message_bar.py" line="21"/>
        <source>Dismiss message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../reader/ui/dialogs/note_dialog.py" line="35"/>
        <location filename="../../reader/ui/dialogs/note_dialog.py" line="41"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/note_dialog.py" line="42"/>
        <source>Your note (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/note_dialog.py" line="56"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesExportDialog</name>
    <message>
        <location filename="../../reader/ui/dialogs/notes_export_dialog.py" line="32"/>
        <source>Export Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/notes_export_dialog.py" line="39"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/notes_export_dialog.py" line="42"/>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/notes_export_dialog.py" line="43"/>
        <source>Script:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/notes_export_dialog.py" line="44"/>
        <source>Citation style:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesMenus</name>
    <message>
        <location filename="../../reader/ui/controllers/notes_menus.py" line="47"/>
        <source>Highlight in {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/notes_menus.py" line="50"/>
        <source>Highlight with Note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/notes_menus.py" line="55"/>
        <source>Add Margin Note Here…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/notes_menus.py" line="60"/>
        <source>Edit Note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/notes_menus.py" line="67"/>
        <source>Delete Highlight</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../../reader/ui/panels/notes_panel.py" line="62"/>
        <location filename="../../reader/ui/panels/notes_panel.py" line="63"/>
        <source>Filter notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/notes_panel.py" line="69"/>
        <source>Highlights and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/notes_panel.py" line="89"/>
        <source>Not found in the current text ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/notes_panel.py" line="145"/>
        <location filename="../../reader/ui/panels/notes_panel.py" line="146"/>
        <source>Show {0} highlights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/notes_panel.py" line="166"/>
        <source>{0} highlights · {1} margin notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/notes_panel.py" line="168"/>
        <source>{0} not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/notes_panel.py" line="171"/>
        <source>showing {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/notes_panel.py" line="179"/>
        <source>Edit Note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/notes_panel.py" line="187"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutlinePanel</name>
    <message>
        <location filename="../../reader/ui/panels/outline_panel.py" line="30"/>
        <source>Section outline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuoteController</name>
    <message>
        <location filename="../../reader/ui/controllers/quote_controller.py" line="18"/>
        <source>GB/T 7714-2015</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/quote_controller.py" line="19"/>
        <source>APA 7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/quote_controller.py" line="20"/>
        <source>Chicago (notes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/quote_controller.py" line="21"/>
        <source>Plain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/quote_controller.py" line="22"/>
        <source>Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/quote_controller.py" line="62"/>
        <location filename="../../reader/ui/controllers/quote_controller.py" line="78"/>
        <source>Select the passage to quote first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/quote_controller.py" line="70"/>
        <source>Quotation copied ({0}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuoteDialog</name>
    <message>
        <location filename="../../reader/ui/dialogs/quote_dialog.py" line="31"/>
        <source>Copy as Quotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/quote_dialog.py" line="34"/>
        <source>Citation style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/quote_dialog.py" line="39"/>
        <source>Optional: the title in English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/quote_dialog.py" line="40"/>
        <source>Translated title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/quote_dialog.py" line="42"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/quote_dialog.py" line="45"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/quote_dialog.py" line="50"/>
        <source>Style:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/quote_dialog.py" line="51"/>
        <source>Translated title:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadAloud</name>
    <message>
        <location filename="../../reader/ui/controllers/read_aloud.py" line="91"/>
        <source>Read aloud needs Qt&apos;s text-to-speech (PySide6-Addons), which is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/read_aloud.py" line="98"/>
        <source>No speech engine is installed (on Linux: speech-dispatcher and espeak-ng).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/read_aloud.py" line="109"/>
        <source>Cantonese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/read_aloud.py" line="109"/>
        <source>Mandarin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/read_aloud.py" line="110"/>
        <source>No {0} voice is installed for read aloud (on Linux: speech-dispatcher-espeak-ng).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/read_aloud.py" line="132"/>
        <source>Speech failed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadingView</name>
    <message>
        <location filename="../../reader/ui/reading/reading_view.py" line="105"/>
        <source>Article text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <location filename="../../reader/ui/panels/results_panel.py" line="54"/>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/results_panel.py" line="103"/>
        <source>Before the first section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/results_panel.py" line="104"/>
        <source>{0} · {1} hits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/results_panel.py" line="104"/>
        <source>{0} · 1 hit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchController</name>
    <message>
        <location filename="../../reader/ui/controllers/search_controller.py" line="77"/>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/search_controller.py" line="84"/>
        <source>Invalid pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/search_controller.py" line="84"/>
        <source>Pattern too slow: simplify it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/search_controller.py" line="85"/>
        <source>(the first {0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/search_controller.py" line="116"/>
        <source>(wrapped)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchResults</name>
    <message>
        <location filename="../../reader/ui/library/search_results.py" line="26"/>
        <source>Search results across the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/search_results.py" line="27"/>
        <source>Article / hit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/search_results.py" line="27"/>
        <source>Hits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/search_results.py" line="27"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsKeeper</name>
    <message>
        <location filename="../../reader/ui/window/settings_keeper.py" line="82"/>
        <source>Settings cannot be saved to “{0}” ({1}); they are kept until Reader closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/settings_keeper.py" line="91"/>
        <source>The settings file was unusable ({0}); the defaults are used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/settings_keeper.py" line="92"/>
        <source>The settings file was unusable ({0}); it was kept as “{1}” and the defaults are used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/settings_keeper.py" line="95"/>
        <source>Some settings were damaged and are back to their defaults: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../reader/ui/dialogs/shortcuts_dialog.py" line="24"/>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/shortcuts_dialog.py" line="27"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/shortcuts_dialog.py" line="27"/>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/shortcuts_dialog.py" line="28"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../reader/ui/library/timeline_view.py" line="22"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/timeline_view.py" line="22"/>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/timeline_view.py" line="22"/>
        <source>Mentioned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerticalView</name>
    <message>
        <location filename="../../reader/ui/reading/vertical_view.py" line="73"/>
        <source>Article text, vertical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading/vertical_view.py" line="250"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading/vertical_view.py" line="252"/>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WatchLists</name>
    <message>
        <location filename="../../reader/ui/library/watch_view.py" line="26"/>
        <source>Keyword / article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/watch_view.py" line="26"/>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/watch_view.py" line="26"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/watch_view.py" line="48"/>
        <source>No keyword lists yet: Edit ▸ Keyword Lists in the reading window.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WordPopup</name>
    <message>
        <location filename="../../reader/ui/reading/word_popup.py" line="30"/>
        <source>Dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading/word_popup.py" line="37"/>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading/word_popup.py" line="38"/>
        <source>Add Keyword</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading/word_popup.py" line="39"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WordTools</name>
    <message>
        <location filename="../../reader/ui/controllers/word_tools.py" line="344"/>
        <source>Word tools failed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/word_tools.py" line="359"/>
        <source>Written: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/word_tools.py" line="375"/>
        <source>Look Up “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/word_tools.py" line="376"/>
        <source>Highlight “{0}” as Keyword</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/word_tools.py" line="379"/>
        <source>Keep “{0}” as Written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/word_tools.py" line="381"/>
        <source>Always Convert “{0}” to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/word_tools.py" line="391"/>
        <source>Always Convert To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/word_tools.py" line="392"/>
        <source>Show “{0}” in {1} as:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_Strip</name>
    <message>
        <location filename="../../reader/ui/reading/margin_marks.py" line="113"/>
        <source>Margin note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="86"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="87"/>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="88"/>
        <source>&amp;Library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="89"/>
        <source>&amp;Export Facts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="90"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="91"/>
        <source>Copy as &amp;Quotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="92"/>
        <source>Copy as Quotation in &amp;Style…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="93"/>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="94"/>
        <source>Find &amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="95"/>
        <source>Find Pre&amp;vious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="96"/>
        <source>&amp;Highlight Selection as Keyword</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="97"/>
        <source>&amp;Keyword Lists…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="98"/>
        <source>Next &amp;Keyword</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="99"/>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="100"/>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="101"/>
        <source>&amp;Actual Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="102"/>
        <source>原文 (&amp;Original)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="103"/>
        <source>简体 (&amp;Simplified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="104"/>
        <source>繁體 (&amp;Traditional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="105"/>
        <source>臺灣正體 (Ta&amp;iwan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="106"/>
        <source>香港繁體 (&amp;Hong Kong)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="107"/>
        <source>Quotation &amp;Marks Follow Script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="108"/>
        <source>&amp;Vertical Layout (直排)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="110"/>
        <source>Vertical for 臺灣正體 and 香港繁體</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="111"/>
        <source>Tidy &amp;Punctuation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="113"/>
        <source>Thin Space Between Chinese and Latin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="114"/>
        <source>&amp;Font…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="115"/>
        <source>&amp;Distraction-Free Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="117"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="118"/>
        <source>Export as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="119"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="121"/>
        <source>Next &amp;Pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="122"/>
        <source>Previous Pa&amp;ne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="123"/>
        <source>&amp;About Reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="124"/>
        <source>&amp;Highlight Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="125"/>
        <source>Highlight in &amp;Yellow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="126"/>
        <source>Highlight in &amp;Green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="127"/>
        <source>Highlight in &amp;Blue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="128"/>
        <source>Highlight in &amp;Pink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="129"/>
        <source>Highlight with &amp;Note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="130"/>
        <source>&amp;Margin Note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="131"/>
        <source>&amp;Copy All Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="132"/>
        <source>&amp;Export Notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="133"/>
        <source>Export Article as &amp;Markdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="134"/>
        <source>&amp;Look Up Word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="135"/>
        <source>Pop-up &amp;Dictionary on Hover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="136"/>
        <source>&amp;Mark Converted Words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="137"/>
        <source>Export &amp;Vocabulary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="138"/>
        <source>&amp;Export Conversion Corrections…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="139"/>
        <source>&amp;Import Conversion Corrections…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="140"/>
        <source>Read &amp;Aloud / Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="141"/>
        <source>S&amp;top Reading</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>appearance</name>
    <message>
        <location filename="../../reader/ui/reading/appearance.py" line="16"/>
        <source>Follow the System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading/appearance.py" line="17"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading/appearance.py" line="18"/>
        <source>Sepia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading/appearance.py" line="19"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading/appearance.py" line="22"/>
        <source>Compact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading/appearance.py" line="23"/>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading/appearance.py" line="24"/>
        <source>Relaxed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading/appearance.py" line="27"/>
        <source>Narrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading/appearance.py" line="28"/>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading/appearance.py" line="29"/>
        <source>Wide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>docks</name>
    <message>
        <location filename="../../reader/ui/window/docks.py" line="33"/>
        <source>Outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/docks.py" line="34"/>
        <source>Facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/docks.py" line="35"/>
        <source>Search Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/docks.py" line="36"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>facts</name>
    <message>
        <location filename="../../reader/ui/controllers/presenters.py" line="24"/>
        <source>Dates and times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/presenters.py" line="25"/>
        <source>Amounts of money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/presenters.py" line="26"/>
        <source>Counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/presenters.py" line="27"/>
        <source>Percentages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/presenters.py" line="28"/>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/presenters.py" line="29"/>
        <source>Places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/presenters.py" line="30"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/presenters.py" line="31"/>
        <source>Titles 《》</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/presenters.py" line="32"/>
        <source>Slogans and terms “”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/presenters.py" line="33"/>
        <source>Abbreviations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/presenters.py" line="69"/>
        <source>since {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/presenters.py" line="71"/>
        <source>until {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/presenters.py" line="73"/>
        <source>for {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/presenters.py" line="75"/>
        <source>every time: {}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>menus</name>
    <message>
        <location filename="../../reader/ui/window/menus.py" line="20"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/menus.py" line="24"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/menus.py" line="29"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/menus.py" line="34"/>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/menus.py" line="38"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/menus.py" line="41"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/menus.py" line="42"/>
        <source>Reopen with &amp;Encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/menus.py" line="43"/>
        <source>Copy &amp;As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/menus.py" line="44"/>
        <source>&amp;Script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/menus.py" line="45"/>
        <source>&amp;Layout and Typography</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/menus.py" line="46"/>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/menus.py" line="47"/>
        <source>Line &amp;Spacing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/menus.py" line="48"/>
        <source>Text &amp;Width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/menus.py" line="49"/>
        <source>&amp;Panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/menus.py" line="50"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/menus.py" line="51"/>
        <source>Conversion &amp;Corrections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/menus.py" line="52"/>
        <source>&amp;Readings Above Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/menus.py" line="53"/>
        <source>Reading &amp;Speed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../reader/ui/messages.py" line="25"/>
        <source>“{0}” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/messages.py" line="26"/>
        <source>“{0}” is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/messages.py" line="27"/>
        <source>“{0}” cannot be read (no permission, or the system refused).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/messages.py" line="28"/>
        <source>“{0}” is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/messages.py" line="29"/>
        <source>“{0}” is too large to open ({1:.0f} MB; Reader opens up to {3:.0f} MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/messages.py" line="30"/>
        <source>“{0}” is not a text file (it looks like an image, archive or program).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/messages.py" line="31"/>
        <source>“{0}” is in an encoding Reader cannot recognise; try File ▸ Reopen with Encoding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/messages.py" line="33"/>
        <source>“{0}” is nested or marked up too heavily to be read ({2}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/messages.py" line="34"/>
        <source>Nothing was saved: “{0}” could not be written ({2}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/messages.py" line="35"/>
        <source>Nothing was saved: “{0}” is the article being read, and Reader never writes over it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/messages.py" line="38"/>
        <source>“{0}” has too many lines to open ({1:,}; Reader opens up to {2:,}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/messages.py" line="39"/>
        <source>“{0}” could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/messages.py" line="52"/>
        <source>The library file “{0}” is damaged or is not a Reader library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/messages.py" line="53"/>
        <source>The library file “{0}” was written by a newer version of Reader, which this one cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/messages.py" line="55"/>
        <source>The library file “{0}” is busy in another Reader window; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/messages.py" line="58"/>
        <source>The library file “{0}” cannot be opened ({1}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>notes</name>
    <message>
        <location filename="../../reader/ui/controllers/notes_controller.py" line="48"/>
        <source>Yellow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/notes_controller.py" line="49"/>
        <source>Green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/notes_controller.py" line="50"/>
        <source>Blue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/notes_controller.py" line="51"/>
        <source>Pink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/notes_controller.py" line="151"/>
        <source>Select the words to highlight first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/notes_controller.py" line="190"/>
        <source>Highlight deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/notes_controller.py" line="240"/>
        <source>{0} of this article&apos;s highlights are not found in the current text: they are kept, listed at the end of the Notes panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/notes_controller.py" line="294"/>
        <source>Notes cannot be kept for this article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/notes_controller.py" line="370"/>
        <source>{0} stored highlights were damaged (edited by hand?) and were repaired as well as possible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/notes_controller.py" line="373"/>
        <source>{0} could not be read at all and were skipped; the others are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/notes_export.py" line="36"/>
        <source>Markdown (Obsidian, Word)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/notes_export.py" line="37"/>
        <source>JSON (W3C Web Annotation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/notes_export.py" line="38"/>
        <source>CSV (spreadsheet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/notes_export.py" line="42"/>
        <source>As shown ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/notes_export.py" line="43"/>
        <source>As written (original script)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/notes_export.py" line="77"/>
        <source>Copied {0} highlights and notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/notes_export.py" line="86"/>
        <source>Exported {0} highlights and notes to {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/notes_export.py" line="95"/>
        <source>Saved {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/notes_export.py" line="149"/>
        <source>Highlights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/notes_export.py" line="149"/>
        <source>Not found in the current text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/notes_export.py" line="149"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/notes_export.py" line="149"/>
        <source>after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/notes_export.py" line="150"/>
        <source>Open in Reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/notes_export.py" line="161"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/notes_export.py" line="178"/>
        <source>Could not write {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/notes_keeper.py" line="120"/>
        <source>The damaged library file was set aside (not deleted). {0} highlights and notes were recovered from it; they come back as you open their articles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/notes_keeper.py" line="123"/>
        <source>{0} could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/notes_keeper.py" line="156"/>
        <source>The article could not be kept in the library, so its notes are not saved: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/notes_keeper.py" line="163"/>
        <location filename="../../reader/ui/controllers/notes_keeper.py" line="165"/>
        <source>Highlights and notes cannot be read or saved: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/notes_keeper.py" line="173"/>
        <source>the library file {0} is damaged. File ▸ Library offers to set it aside (it is kept) and start a new one; the notes that can still be read in it are recovered then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/notes_keeper.py" line="177"/>
        <source>the library file was written by a newer Reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/passage_link.py" line="36"/>
        <source>The passage of the link is not in this article.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>words</name>
    <message>
        <location filename="../../reader/ui/window/word_wiring.py" line="27"/>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/word_wiring.py" line="28"/>
        <source>Pinyin, Jyutping in 香港繁體</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/word_wiring.py" line="29"/>
        <source>Pinyin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/word_wiring.py" line="30"/>
        <source>Zhuyin (Bopomofo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/word_wiring.py" line="31"/>
        <source>Jyutping (Cantonese)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/word_wiring.py" line="33"/>
        <source>Slow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/word_wiring.py" line="33"/>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/word_wiring.py" line="34"/>
        <source>Fast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/word_wiring.py" line="174"/>
        <source>Export Vocabulary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/word_wiring.py" line="174"/>
        <source>CSV (*.csv);;Anki, tab-separated (*.tsv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/word_wiring.py" line="189"/>
        <source>Exported {0} words to {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/word_wiring.py" line="195"/>
        <source>Export Conversion Corrections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/word_wiring.py" line="195"/>
        <source>Import Conversion Corrections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/word_wiring.py" line="197"/>
        <source>Corrections (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/word_wiring.py" line="211"/>
        <source>“{0}” is not a corrections file: {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
