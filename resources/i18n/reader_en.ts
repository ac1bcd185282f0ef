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
    <name>MainWindow</name>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="78"/>
        <source>GB/T 7714-2015</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="79"/>
        <source>APA 7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="80"/>
        <source>Chicago (notes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="81"/>
        <source>Plain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="82"/>
        <source>Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="243"/>
        <source>Opening {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="333"/>
        <source>Saved {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="371"/>
        <source>Keywords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="411"/>
        <source>Opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="412"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="454"/>
        <source>Follow the System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="463"/>
        <source>Script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="543"/>
        <source>Preparing {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="71"/>
        <source>Articles (*.txt *.md *.markdown *.html *.htm *.mhtml *.mht);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="579"/>
        <source>Select a word to highlight first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="619"/>
        <source>The new language applies when Reader next starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="635"/>
        <source>Open Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="646"/>
        <source>Export Facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="646"/>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="653"/>
        <source>Reader never writes over the article it reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="659"/>
        <source>Exported {0} facts to {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="669"/>
        <source>“{0}” changed on disk. Use File ▸ Reload (F5) to read it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="714"/>
        <source>Export as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="714"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="723"/>
        <source>About Reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="724"/>
        <source>Reader {0}
A calm reader for Chinese news articles.</source>
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
    <name>ReadingView</name>
    <message>
        <location filename="../../reader/ui/reading/reading_view.py" line="104"/>
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
    <name>VerticalView</name>
    <message>
        <location filename="../../reader/ui/reading/vertical_view.py" line="71"/>
        <source>Article text, vertical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading/vertical_view.py" line="405"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading/vertical_view.py" line="407"/>
        <source>Select &amp;All</source>
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
        <location filename="../../reader/ui/window/actions.py" line="77"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="78"/>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="79"/>
        <source>&amp;Export Facts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="80"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="81"/>
        <source>Copy as &amp;Quotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="82"/>
        <source>Copy as Quotation in &amp;Style…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="83"/>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="84"/>
        <source>Find &amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="85"/>
        <source>Find Pre&amp;vious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="86"/>
        <source>&amp;Highlight Selection as Keyword</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="87"/>
        <source>&amp;Keyword Lists…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="88"/>
        <source>Next &amp;Keyword</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="89"/>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="90"/>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="91"/>
        <source>&amp;Actual Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="92"/>
        <source>原文 (&amp;Original)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="93"/>
        <source>简体 (&amp;Simplified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="94"/>
        <source>繁體 (&amp;Traditional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="95"/>
        <source>臺灣正體 (Ta&amp;iwan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="96"/>
        <source>香港繁體 (&amp;Hong Kong)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="97"/>
        <source>Quotation &amp;Marks Follow Script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="98"/>
        <source>&amp;Vertical Layout (直排)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="100"/>
        <source>Vertical for 臺灣正體 and 香港繁體</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="101"/>
        <source>Tidy &amp;Punctuation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="103"/>
        <source>Thin Space Between Chinese and Latin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="104"/>
        <source>&amp;Font…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="105"/>
        <source>&amp;Distraction-Free Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="107"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="108"/>
        <source>Export as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="109"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="111"/>
        <source>Next &amp;Pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="112"/>
        <source>Previous Pa&amp;ne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="113"/>
        <source>&amp;About Reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="114"/>
        <source>&amp;Highlight Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="115"/>
        <source>Highlight in &amp;Yellow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="116"/>
        <source>Highlight in &amp;Green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="117"/>
        <source>Highlight in &amp;Blue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="118"/>
        <source>Highlight in &amp;Pink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="119"/>
        <source>Highlight with &amp;Note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="120"/>
        <source>&amp;Margin Note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="121"/>
        <source>&amp;Copy All Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="122"/>
        <source>&amp;Export Notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="123"/>
        <source>Export Article as &amp;Markdown…</source>
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
</context>
<context>
    <name>menus</name>
    <message>
        <location filename="../../reader/ui/window/menus.py" line="20"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/menus.py" line="23"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/menus.py" line="27"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/menus.py" line="31"/>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/menus.py" line="35"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/menus.py" line="38"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/menus.py" line="39"/>
        <source>Reopen with &amp;Encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/menus.py" line="40"/>
        <source>Copy &amp;As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/menus.py" line="41"/>
        <source>&amp;Script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/menus.py" line="42"/>
        <source>&amp;Layout and Typography</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/menus.py" line="43"/>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/menus.py" line="44"/>
        <source>Line &amp;Spacing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/menus.py" line="45"/>
        <source>Text &amp;Width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/menus.py" line="46"/>
        <source>&amp;Panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/menus.py" line="47"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../reader/ui/messages.py" line="22"/>
        <source>“{0}” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/messages.py" line="23"/>
        <source>“{0}” is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/messages.py" line="24"/>
        <source>“{0}” cannot be read (no permission, or the system refused).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/messages.py" line="25"/>
        <source>“{0}” is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/messages.py" line="26"/>
        <source>“{0}” is too large to open ({1:.0f} MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/messages.py" line="27"/>
        <source>“{0}” is not a text file (it looks like an image, archive or program).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/messages.py" line="28"/>
        <source>“{0}” is in an encoding Reader cannot recognise; try File ▸ Reopen with Encoding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/messages.py" line="31"/>
        <source>“{0}” could not be opened.</source>
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
        <location filename="../../reader/ui/controllers/notes_export.py" line="34"/>
        <source>Markdown (Obsidian, Word)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/notes_export.py" line="35"/>
        <source>JSON (W3C Web Annotation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/notes_export.py" line="36"/>
        <source>CSV (spreadsheet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/notes_export.py" line="40"/>
        <source>As shown ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/notes_export.py" line="41"/>
        <source>As written (original script)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/notes_export.py" line="75"/>
        <source>Copied {0} highlights and notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/notes_export.py" line="83"/>
        <source>Exported {0} highlights and notes to {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/notes_export.py" line="92"/>
        <source>Saved {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/notes_export.py" line="146"/>
        <source>Highlights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/notes_export.py" line="146"/>
        <source>Not found in the current text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/notes_export.py" line="146"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/notes_export.py" line="146"/>
        <source>after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/notes_export.py" line="147"/>
        <source>Open in Reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/notes_export.py" line="158"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/notes_export.py" line="171"/>
        <source>Could not write {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/passage_link.py" line="36"/>
        <source>The passage of the link is not in this article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/notes_keeper.py" line="112"/>
        <source>Damaged library file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/notes_keeper.py" line="113"/>
        <source>The library file {0} is damaged, so highlights and notes cannot be read or saved.

Set it aside (it is renamed, not deleted) and start a new one? The highlights and notes that can still be read are recovered into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/notes_keeper.py" line="124"/>
        <source>The damaged library file was set aside (not deleted). {0} highlights and notes were recovered from it; they come back as you open their articles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/notes_keeper.py" line="127"/>
        <source>{0} could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/notes_keeper.py" line="160"/>
        <source>The article could not be kept in the library, so its notes are not saved: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/notes_keeper.py" line="173"/>
        <location filename="../../reader/ui/controllers/notes_keeper.py" line="175"/>
        <location filename="../../reader/ui/controllers/notes_keeper.py" line="177"/>
        <source>Highlights and notes cannot be read or saved: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/notes_keeper.py" line="185"/>
        <source>the library file is damaged ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/notes_keeper.py" line="187"/>
        <source>the library file was written by a newer Reader</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
