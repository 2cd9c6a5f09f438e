<#import "layout.ftl" as l>
<#import "kaart.ftl" as kaart>
<#import "geschiedenis.ftl" as g>
<#assign p = page>
<@l.page p=p map=p.map()!"">
<div class="kc-pagina">
<@g.notice p.placeHistory()/>
<#if p.description()??><p class="lead">${p.description()}</p></#if>
<#assign o = p.organisation()>
<dl class="explained compact">
  <@l.linkFact "Gebied" p.area()/>
  <@g.facts p.placeHistory()/>
  <@uitleg "Vorm" o.scenario()/>
  <@uitleg "Leiding" o.lead()/>
  <@uitleg "Plannen" o.interest()/>
  <div><dt>Gebouw</dt><dd><details><summary>${o.housing().label()}</summary><p>${o.housing().text()}</p><#if o.housingWishes()??><p>Wensen: ${o.housingWishes()}</p></#if></details></dd></div>
</dl>

<section aria-labelledby="partners">
  <h2 id="partners">${p.partnersHeading()}</h2>
  <ul class="partners">
  <@partners p.schools() "Basisschool"/>
  <@partners p.childcare() ""/>
  </ul>
  <#if !p.childcare()?has_content><p class="empty">Er doet (nog) geen opvanglocatie mee.</p></#if>
</section>

<section aria-labelledby="niveaus">
  <h2 id="niveaus">Hoe ver zijn ze?</h2>
  <#if p.levels().latest()??>
  <#assign a = p.levels().latest()>
  <p>Meting van ${a.year()}<#if a.date()??> (${a.date()})</#if><#if a.source()??>. Bron: ${a.source()}</#if>.<#if a.note()??> ${a.note()}</#if>
  <span class="niveau-sleutel">Niveaus: <#list p.levels().scale() as lv>${lv.number()} = ${lv.name()}<#sep>, </#list>. Tik op een thema voor uitleg. <a href="${p.levels().levelsHref()}">Wat betekenen de niveaus?</a></span></p>
  <div class="table-scroll" role="region" aria-labelledby="niveau-tabel" tabindex="0">
  <table class="thema-niveaus">
    <caption id="niveau-tabel" class="visually-hidden">Niveau per thema</caption>
    <thead><tr><th scope="col">Thema</th><th scope="col">${a.year()}</th><#if a.previousYear()??><th scope="col">${a.previousYear()}</th><th scope="col"><span aria-hidden="true">+/-</span><span class="visually-hidden">Verschil</span></th></#if></tr></thead>
    <tbody>
    <#list a.scores() as s>
      <tr>
        <th scope="row"><details><summary>${s.theme()}</summary><#if s.levelPlain()??><p>${s.levelPlain()}</p></#if><p><a href="${s.themeHref()}">Alles over dit thema</a></p></details></th>
        <td><@niveau s.level()/></td>
        <#if a.previousYear()??><td><#if s.previous()??><@niveau s.previous()/><#else>-</#if></td>
        <td class="change change-${s.changeKind()!"none"}"><#if s.change()??><span aria-hidden="true"><#if s.changeKind() == "up">&#8599;<#elseif s.changeKind() == "down">&#8600;<#else>=</#if></span><span class="visually-hidden">${s.change()}</span><#else>-</#if></td></#if>
      </tr>
    </#list>
    </tbody>
  </table>
  </div>
  <#else>
  <p>Er is nog geen meting gedaan.</p>
  </#if>
  <#if p.levels().history()??>
  <#assign h = p.levels().history()>
  <details class="eerder">
    <summary>Eerdere jaren</summary>
    <div class="table-scroll" role="region" aria-labelledby="eerder-tabel" tabindex="0">
    <table>
      <caption id="eerder-tabel">Niveau per thema in eerdere jaren</caption>
      <thead><tr><th scope="col">Thema</th><#list h.years() as y><th scope="col">${y}</th></#list></tr></thead>
      <tbody>
      <#list h.rows() as r>
        <tr><th scope="row">${r.theme()}</th><#list r.cells() as c><td>${c}</td></#list></tr>
      </#list>
      </tbody>
    </table>
    </div>
    <ul class="year-notes">
    <#list h.notes() as n>
      <li><strong>${n.year()}</strong><#if n.date()??> (${n.date()})</#if><#if n.source()??>. Bron: ${n.source()}</#if>.<#if n.note()??> ${n.note()}</#if></li>
    </#list>
    </ul>
  </details>
  </#if>
</section>

<#if p.map()??>
<section aria-labelledby="kaart-kop">
  <h2 id="kaart-kop">In de buurt</h2>
  <@kaart.map m=p.map() list=false/>
</section>
</#if>
</div>
</@l.page>

<#-- A level in a table cell: its number; its name for screen readers (the key above the table names them all). -->
<#macro niveau lv>
<span aria-hidden="true">${lv.number()}</span><span class="visually-hidden">${lv.name()} (niveau ${lv.label()})</span>
</#macro>

<#-- The schools or childcare taking part: each a link, then what it is (when its facts do not say) and its facts. -->
<#macro partners list kind>
<#list list as c><li><a href="${c.href()}">${c.title()}</a> <span class="partner-feiten">${([kind] + c.facts())?filter(f -> f?has_content)?join(" · ")}</span></li></#list>
</#macro>

<#-- A fact of how school and childcare work together: its value, and what it means folded away. -->
<#macro uitleg term e>
<div><dt>${term}</dt><dd><details><summary>${e.label()}</summary><p>${e.text()}</p></details></dd></div>
</#macro>
