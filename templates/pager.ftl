<#-- The way to the other pages of a split list or page; the index of kernen or letters only above the list. -->
<#macro pager pg withIndex>
<nav class="pager" aria-label="Pagina's van deze lijst<#if !withIndex> (onder)</#if>">
<p class="pager-label">${pg.label()}</p>
<ul class="pager-links">
<#if pg.previous()??><li><a rel="prev" href="${pg.previous().href()}">${pg.previous().label()}</a></li></#if>
<#list pg.numbers() as n><li><#if n.current()><span aria-current="page">${n.label()}</span><#elseif n.href()??><a href="${n.href()}">${n.label()}</a><#else><span class="pager-gap">${n.label()}</span></#if></li></#list>
<#if pg.next()??><li><a rel="next" href="${pg.next().href()}">${pg.next().label()}</a></li></#if>
</ul>
</nav>
<#if withIndex && pg.index()?has_content>
<nav class="list-index" aria-label="${pg.indexLabel()}">
<#if pg.indexFolded()><details><summary>${pg.indexLabel()}</summary><#else><p class="list-index-label">${pg.indexLabel()}:</p></#if>
<ul><#list pg.index() as i><li><a href="${i.href()}">${i.label()}</a></li></#list></ul><#if pg.indexFolded()></details></#if>
</nav>
</#if>
</#macro>
