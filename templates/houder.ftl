<#import "layout.ftl" as l>
<#import "acties.ftl" as acties>
<#assign p = page>
<@l.page p>
<p class="lead">Een opvangorganisatie (houder) heeft een of meer opvanglocaties.</p>
<dl class="facts">
  <@l.fact "KvK-nummer" p.kvk()/>
</dl>
<@acties.buttons p.actions()/>
<section aria-labelledby="locaties">
  <h2 id="locaties">Locaties van deze organisatie</h2>
  <@l.cards p.locations() "Deze organisatie heeft geen locaties in deze atlas."/>
</section>
</@l.page>
