<#import "layout.ftl" as l>
<#import "pager.ftl" as pg>
<#assign p = page>
<@l.page p>
<p class="lead">${p.intro()}</p>
<p>Aantal: ${p.total()}.</p>
<#if p.pager()??><@pg.pager p.pager() true/></#if>
<#list p.groups() as g>
<#if g.heading()??>
<section aria-labelledby="${g.anchor()}">
<h2 id="${g.anchor()}">${g.heading()}</h2>
<@l.cards g.items()/>
</section>
<#else>
<@l.cards g.items() "Er is nog niets om te laten zien."/>
</#if>
<#else>
<p class="empty">Er is nog niets om te laten zien.</p>
</#list>
<#if p.pager()??><@pg.pager p.pager() false/></#if>
</@l.page>

